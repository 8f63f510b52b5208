import type { Node as PMNode } from '@tiptap/pm/model'

/** What a structure-keeping delete does to a node: delete it, empty it (optionally leaving an empty paragraph), or look inside. */
export type CoveredRule = 'delete' | 'empty' | 'emptyParagraph' | 'visit'

const CELLS = new Set(['tableCell', 'tableHeader'])

/**
 * A node lying fully inside the deleted range of a partially covered parent. Titles and required
 * sections belong to their item, the header and attendance to the meeting: they are emptied, not removed.
 */
export function coveredNodeRule(node: PMNode, parent: PMNode, required: ReadonlySet<string>): CoveredRule {
  const name = node.type.name
  if (name === 'agendaTitle' || name === 'attendance') return 'empty'
  if (name === 'meetingHeader' || CELLS.has(name)) return 'emptyParagraph'
  if (name === 'section' && parent.type.name === 'agendaItem' && required.has(String(node.attrs.kind))) {
    return 'emptyParagraph'
  }
  return 'delete'
}

/** A node cut by the range whose whole content lies inside it: it stays, and so does its own structure. */
export function coveredContentRule(node: PMNode): CoveredRule {
  const name = node.type.name
  if (name === 'agendaItem' || name === 'agendaGroup') return 'visit'
  if (name === 'attendance') return 'empty'
  if (name === 'section' || name === 'meetingHeader' || CELLS.has(name)) return 'emptyParagraph'
  return 'delete'
}
