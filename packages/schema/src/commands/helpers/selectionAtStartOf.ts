import type { Node as PMNode } from '@tiptap/pm/model'
import { NodeSelection, Selection } from '@tiptap/pm/state'

/** A cursor at the start of the content of the node at `pos`, or the node itself when it holds no text. */
export function selectionAtStartOf(doc: PMNode, pos: number): Selection {
  const node = doc.nodeAt(pos)
  const inside = Selection.findFrom(doc.resolve(pos + 1), 1, true)
  if (node && inside && inside.to < pos + node.nodeSize) return inside
  return NodeSelection.create(doc, pos)
}
