import type { Node as PMNode, Slice } from '@tiptap/pm/model'
import { isStructureNode } from './isStructureNode'

/**
 * Whether replacing from–to with `slice` splits a structure node that holds both ends: the slice
 * closes it and opens a new one (pasting text copied across two sections, Enter in a title).
 */
export function splitsStructure(doc: PMNode, from: number, to: number, slice: Slice): boolean {
  const $from = doc.resolve(from)
  const shared = $from.sharedDepth(to)
  let content = slice.content
  let split = false
  for (let d = $from.depth - slice.openStart + 1; d <= shared; d++) {
    if (!split && content.childCount !== 1) split = true
    if (split && isStructureNode($from.node(d))) return true
    if (!split) content = content.child(0).content
  }
  return false
}
