import type { Transaction } from '@tiptap/pm/state'
import type { MinutesConfig } from '../../config'
import { convertExtraTitle } from './convertExtraTitle'
import { insertMissingSection } from './insertMissingSection'
import { insertMissingTitle } from './insertMissingTitle'
import { mergeDuplicateSection } from './mergeDuplicateSection'

/** Applies the first fix the group or item at `pos` needs; false when it needs none. */
export function fixAgendaNode(tr: Transaction, pos: number, config: MinutesConfig): boolean {
  const node = tr.doc.nodeAt(pos)
  if (!node) return false
  const isItem = node.type.name === 'agendaItem'
  return (
    insertMissingTitle(tr, pos, node) ||
    (isItem && insertMissingSection(tr, pos, node, config)) ||
    convertExtraTitle(tr, pos, node, config) ||
    (isItem && mergeDuplicateSection(tr, pos, node))
  )
}
