import type { Node as PMNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'

/** An item or group that does not start with a title gets an empty one first. */
export function insertMissingTitle(tr: Transaction, pos: number, node: PMNode): boolean {
  if (node.firstChild?.type.name === 'agendaTitle') return false
  tr.insert(pos + 1, tr.doc.type.schema.nodes.agendaTitle!.create())
  return true
}
