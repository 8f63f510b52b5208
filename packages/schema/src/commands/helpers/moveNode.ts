import type { NodeWithPos } from '@tiptap/core'
import { Selection, type Transaction } from '@tiptap/pm/state'

/**
 * Moves `target` (its attributes and id unchanged) to `to`, a position of the document before the
 * move. A selection inside the node moves with it. Returns the node's new position.
 */
export function moveNode(tr: Transaction, target: NodeWithPos, to: number): number {
  const { selection } = tr
  const end = target.pos + target.node.nodeSize
  const stepsBefore = tr.steps.length
  const inside = selection.from >= target.pos && selection.to <= end
  tr.delete(target.pos, end)
  const at = tr.mapping.slice(stepsBefore).map(to)
  tr.insert(at, target.node)
  if (inside) tr.setSelection(shifted(selection, tr, at - target.pos))
  return at
}

function shifted(selection: Selection, tr: Transaction, by: number): Selection {
  const json = selection.toJSON() as { anchor?: number; head?: number }
  if (json.anchor !== undefined) json.anchor += by
  if (json.head !== undefined) json.head += by
  return Selection.fromJSON(tr.doc, json)
}
