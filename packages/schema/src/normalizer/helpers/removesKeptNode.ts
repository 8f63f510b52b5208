import type { Node as PMNode, Slice } from '@tiptap/pm/model'
import { coveredNodeRule } from './coveredNodeRule'
import { isStructureNode } from './isStructureNode'

/**
 * Whether replacing from–to with `slice` removes, whole, a node that must only ever be emptied: a
 * title, a required section of an item that stays, the header or the attendance (ProseMirror
 * widens a selection of all of a node's text to the node). Replacing them with new structure, as
 * `setContent` does, is left alone.
 */
export function removesKeptNode(
  doc: PMNode,
  from: number,
  to: number,
  slice: Slice,
  required: ReadonlySet<string>,
): boolean {
  if (from >= to || holdsStructure(slice)) return false
  let found = false
  doc.nodesBetween(from, to, (node, pos, parent) => {
    if (found) return false
    if (pos < from || pos + node.nodeSize > to) return true
    if (parent && isStructureNode(node) && coveredNodeRule(node, parent, required) !== 'delete') found = true
    return false
  })
  return found
}

function holdsStructure(slice: Slice): boolean {
  let holds = false
  slice.content.descendants((node) => {
    if (isStructureNode(node)) holds = true
    return !holds
  })
  return holds
}
