import type { Node as PMNode } from '@tiptap/pm/model'

export interface AgendaNumber {
  /** `group` or `item`. */
  type: 'agendaGroup' | 'agendaItem'
  /** The node's stable id attribute. */
  id: string | null
  /** Position of the node in the document. */
  pos: number
  /** Display number without trailing dot: `2`, `2.3`, `715`. */
  number: string
}

/**
 * Numbers the agenda from position: groups 1, 2, …; items inside a group `g.i`; items outside any
 * group run on from the header's `firstItemNumber`. The one numbering used by editor and exporters.
 */
export function numberAgenda(doc: PMNode): AgendaNumber[] {
  const numbers: AgendaNumber[] = []
  let group = 0
  let looseItem = 0
  let firstItemNumber = 1
  doc.forEach((part, offset) => {
    if (part.type.name === 'meetingHeader') {
      firstItemNumber = Number(part.attrs.firstItemNumber) || 1
    } else if (part.type.name === 'agendaGroup') {
      group += 1
      numbers.push({
        type: 'agendaGroup',
        id: part.attrs.id as string | null,
        pos: offset,
        number: String(group),
      })
      let item = 0
      part.forEach((child, childOffset) => {
        if (child.type.name !== 'agendaItem') return
        item += 1
        numbers.push({
          type: 'agendaItem',
          id: child.attrs.id as string | null,
          pos: offset + 1 + childOffset,
          number: `${group}.${item}`,
        })
      })
    } else if (part.type.name === 'agendaItem') {
      numbers.push({
        type: 'agendaItem',
        id: part.attrs.id as string | null,
        pos: offset,
        number: String(firstItemNumber + looseItem),
      })
      looseItem += 1
    }
  })
  return numbers
}
