import type { NodeWithPos } from '@tiptap/core'
import type { Selection } from '@tiptap/pm/state'
import { DECISION_SECTION_KIND } from '../../config'
import { childrenOf } from './childrenOf'

/**
 * The item's decision section: the one holding the selection, else the item's last one (an item
 * treated at several meetings holds one dated decision per meeting, the latest last).
 */
export function findDecisionSection(item: NodeWithPos, selection?: Selection): NodeWithPos | undefined {
  const decisions = childrenOf(item, 'section').filter((s) => s.node.attrs.kind === DECISION_SECTION_KIND)
  const holding =
    selection && decisions.find((s) => s.pos < selection.from && selection.to < s.pos + s.node.nodeSize)
  return holding ?? decisions.at(-1)
}
