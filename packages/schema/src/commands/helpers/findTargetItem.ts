import type { NodeWithPos } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'
import { findAncestor } from './findAncestor'
import { findNodeById } from './findNodeById'

/** The agenda item with `itemId`, or without one the item holding the selection. */
export function findTargetItem(tr: Transaction, itemId?: string): NodeWithPos | undefined {
  return itemId ? findNodeById(tr.doc, 'agendaItem', itemId) : findAncestor(tr.selection, 'agendaItem')
}
