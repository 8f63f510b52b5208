import type { Transaction } from '@tiptap/pm/state'
import { newId } from '../../helpers/newId'

const WITH_ID = new Set(['agendaGroup', 'agendaItem', 'section', 'attendee'])
const HOLDING_IDS = new Set(['agendaGroup', 'agendaItem', 'attendance'])

/** Groups, items, sections and attendees without an id, or repeating an earlier node's id (a paste), get a fresh one. */
export function assignIds(tr: Transaction): void {
  const seen = new Set<string>()
  tr.doc.descendants((node, pos) => {
    if (WITH_ID.has(node.type.name)) {
      let id = node.attrs.id as unknown
      if (typeof id !== 'string' || !id || seen.has(id)) {
        id = newId()
        tr.setNodeAttribute(pos, 'id', id)
      }
      seen.add(id as string)
    }
    return HOLDING_IDS.has(node.type.name)
  })
}
