import type { Node as PMNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { decisionAttrsToFill } from './decisionAttrsToFill'
import { duplicateSection, type PlacedNode } from './duplicateSection'
import { isEmptySection } from './isEmptySection'

/**
 * Merges one duplicate section with the first of its kind, heading and date. An empty one is
 * deleted. Text of the duplicate is appended to the first, unless the first is empty: then the first
 * goes and the duplicate stays, because copying moves nothing in Yjs, it re-inserts, and what someone
 * is still typing into the copied section would be lost. Decision attributes fill the empty ones of the
 * section that stays. No text is dropped.
 */
export function mergeDuplicateSection(tr: Transaction, pos: number, item: PMNode): boolean {
  const found = duplicateSection(item)
  if (!found) return false
  const { first, duplicate } = found
  const at = (placed: PlacedNode) => pos + 1 + placed.offset
  const keepDuplicate = isEmptySection(first.node) && !isEmptySection(duplicate.node)
  const [kept, dropped] = keepDuplicate ? [duplicate, first] : [first, duplicate]
  for (const [name, value] of Object.entries(decisionAttrsToFill(kept.node, dropped.node))) {
    tr.setNodeAttribute(at(kept), name, value)
  }
  tr.delete(at(dropped), at(dropped) + dropped.node.nodeSize)
  if (!keepDuplicate && !isEmptySection(duplicate.node)) {
    tr.insert(at(first) + first.node.nodeSize - 1, duplicate.node.content)
  }
  return true
}
