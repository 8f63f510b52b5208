import type { Node as PMNode } from '@tiptap/pm/model'
import type { Selection } from '@tiptap/pm/state'
import { childrenOf } from './childrenOf'
import { endOf } from './endOf'
import { findAncestor } from './findAncestor'

/**
 * Where a new agenda item goes: after the item holding the selection, else at the end of the group
 * holding it, else at the end of the last group, else at the end of the document.
 */
export function agendaItemInsertPos(doc: PMNode, selection: Selection): number {
  const item = findAncestor(selection, 'agendaItem')
  if (item) return endOf(item)
  const group =
    findAncestor(selection, 'agendaGroup') ?? childrenOf({ node: doc, pos: -1 }, 'agendaGroup').at(-1)
  return group ? endOf(group) - 1 : doc.content.size
}
