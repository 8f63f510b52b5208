import type { LineClass } from './LineClass'

/** True when items are numbered inside groups ("2.3."): some `g.n.` item follows a group line `g.`. */
export function isGroupedAgenda(classes: LineClass[]): boolean {
  const groups = new Set<number>()
  for (const c of classes) {
    if (c.kind === 'numbered' && c.group) groups.add(c.group.number)
    if (c.kind === 'groupedItem' && groups.has(c.group)) return true
  }
  return false
}
