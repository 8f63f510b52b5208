import type { ServerName } from '../servers/ServerAdapter'
import type { Summary } from '../stats'
import type { BenchResult } from './BenchResult'
import type { Figure } from './Figures'

export const PEERS: ServerName[] = ['hocuspocus', 'y-websocket']

export interface GoalCheck {
  goal: string
  ours: string
  met: boolean | null
}

const median = (figure: Figure | undefined, server: ServerName): number | undefined => {
  const s = figure?.servers[server]
  return s && 'median' in s && Number.isFinite(s.median) ? s.median : undefined
}

/** The best peer's median of a figure (lowest or highest as the figure prefers), if any peer has one. */
export function bestPeer(figure: Figure): { server: ServerName; value: number } | undefined {
  const candidates = PEERS.flatMap((server) => {
    const value = median(figure, server)
    return value === undefined ? [] : [{ server, value }]
  })
  const pick = figure.better === 'lower' ? Math.min : Math.max
  const best = pick(...candidates.map((c) => c.value))
  return candidates.find((c) => c.value === best)
}

/** Ours ÷ the best peer, for the table; undefined when either is missing or the peer is 0. */
export function ratioToBestPeer(figure: Figure): number | undefined {
  const ours = median(figure, 'referat')
  const peer = bestPeer(figure)
  return ours === undefined || !peer || peer.value === 0 ? undefined : ours / peer.value
}

function ratioGoal(
  result: BenchResult,
  workload: string,
  key: string,
  goal: string,
  test: (ratio: number) => boolean,
  against?: ServerName,
): GoalCheck {
  const figure = result.workloads[workload]?.figures[key]
  const ours = median(figure, 'referat')
  const peer = figure && (against ? { value: median(figure, against) } : bestPeer(figure))
  if (ours === undefined || peer?.value === undefined || peer.value === 0)
    return { goal, ours: 'n/a', met: null }
  // A memory delta at or below zero means the process reused freed heap: the run was too small to measure it.
  if (workload === 'memory' && (ours <= 0 || peer.value <= 0)) {
    return { goal, ours: 'not measurable in this run', met: null }
  }
  const ratio = ours / peer.value
  return { goal, ours: `${ratio.toFixed(2)}×`, met: test(ratio) }
}

function valueGoal(
  result: BenchResult,
  workload: string,
  key: string,
  goal: string,
  test: (s: Summary) => boolean,
): GoalCheck {
  const s = result.workloads[workload]?.figures[key]?.servers.referat
  if (!s || !('median' in s)) return { goal, ours: 'n/a', met: null }
  return { goal, ours: `${+s.median.toFixed(2)} (max ${+s.max.toFixed(2)})`, met: test(s) }
}

/** The goals of issue 6, checked against one run. */
export function checkGoals(result: BenchResult): GoalCheck[] {
  return [
    ratioGoal(result, 'busyMeeting', 'p99', 'busy meeting: p99 ≤ 1.0× best peer', (r) => r <= 1),
    ratioGoal(result, 'manyMeetings', 'p99', 'many meetings: p99 ≤ 1.0× best peer', (r) => r <= 1),
    ratioGoal(
      result,
      'manyMeetings',
      'sustainable',
      'sustainable updates/s ≥ 1.5× best peer',
      (r) => r >= 1.5,
    ),
    ratioGoal(
      result,
      'memory',
      'perMeeting',
      'memory per meeting ≤ 0.7× Hocuspocus',
      (r) => r <= 0.7,
      'hocuspocus',
    ),
    ratioGoal(
      result,
      'memory',
      'perMeeting10',
      'memory per ×10 meeting ≤ 0.7× Hocuspocus',
      (r) => r <= 0.7,
      'hocuspocus',
    ),
    ratioGoal(
      result,
      'memory',
      'heapPerMeeting',
      'JS heap per meeting ≤ 0.7× Hocuspocus',
      (r) => r <= 0.7,
      'hocuspocus',
    ),
    ratioGoal(result, 'coldJoin', 'join', 'cold join ≤ 0.5× best peer', (r) => r <= 0.5),
    valueGoal(result, 'crashLoss', 'lost', 'crash: 0 updates lost', (s) => s.max === 0),
    valueGoal(result, 'churn', 'loadedAfter', 'churn: 0 meetings left loaded', (s) => s.max === 0),
    valueGoal(result, 'churn', 'rssDrift', 'churn: RSS drift < 5 %', (s) => s.max < 5),
  ]
}
