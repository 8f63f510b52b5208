interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

/** What Chromium's Profiler.stop returns. */
export interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

export interface FunctionTime {
  name: string
  /** ms in the function itself / with everything it called (each sample counted once per function). */
  selfMs: number
  totalMs: number
}

const label = ({ callFrame: f }: ProfileNode) =>
  `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`

/** Self and inclusive time per function, heaviest inclusive first, idle and program time left out. */
export function cpuProfileSummary(profile: CpuProfile): { busyMs: number; functions: FunctionTime[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const times = new Map<string, FunctionTime>()
  let busyMs = 0
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const leaf = byId.get(id)
    if (!leaf || ['(idle)', '(program)', '(root)'].includes(leaf.callFrame.functionName)) return
    busyMs += ms
    const seen = new Set<string>()
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
      const name = label(node)
      const entry = times.get(name) ?? { name, selfMs: 0, totalMs: 0 }
      if (node === leaf) entry.selfMs += ms
      if (!seen.has(name)) entry.totalMs += ms
      seen.add(name)
      times.set(name, entry)
    }
  })
  const functions = [...times.values()].sort((a, b) => b.totalMs - a.totalMs)
  return { busyMs, functions }
}
