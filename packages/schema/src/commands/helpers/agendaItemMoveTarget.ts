import type { NodeWithPos } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { childrenOf } from './childrenOf'
import { endOf } from './endOf'

/**
 * Where `moveAgendaItem` puts `item`: past the neighbouring item of its group (or, outside groups,
 * of the document); at a group's edge, at the end of the previous / start of the next group.
 * Undefined at the document's edges.
 */
export function agendaItemMoveTarget(doc: PMNode, item: NodeWithPos, up: boolean): number | undefined {
  const $item = doc.resolve(item.pos)
  const parent = { node: $item.parent, pos: $item.depth === 0 ? -1 : $item.before() }
  const siblings = childrenOf(parent).filter((c) => ['agendaItem', 'agendaGroup'].includes(c.node.type.name))
  const index = siblings.findIndex((c) => c.pos === item.pos)
  const neighbour = siblings[up ? index - 1 : index + 1]
  if (neighbour?.node.type.name === 'agendaItem') return up ? neighbour.pos : endOf(neighbour)
  if ($item.depth === 0) return undefined
  const groups = childrenOf({ node: doc, pos: -1 }, 'agendaGroup')
  const group = groups[groups.findIndex((g) => g.pos === parent.pos) + (up ? -1 : 1)]
  if (!group) return undefined
  return up ? endOf(group) - 1 : groupStart(group)
}

/** Before the group's first item, or at its end when it has none. */
function groupStart(group: NodeWithPos): number {
  return childrenOf(group, 'agendaItem')[0]?.pos ?? endOf(group) - 1
}
