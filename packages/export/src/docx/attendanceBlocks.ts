import type { Node as PMNode } from '@tiptap/pm/model'
import { HeadingLevel, type FileChild } from 'docx'
import { attendanceGroups } from '../helpers/attendanceGroups'
import { childrenOf, type DocxContext } from './DocxContext'
import { textParagraph } from './textParagraph'

/**
 * The attendance list. When the document has its own headings (Deltagerfortegnelse, Deltagere,
 * Afbud) it is written in its order; otherwise the attendees are grouped under generated headings.
 */
export function attendanceBlocks(attendance: PMNode, context: DocxContext): FileChild[] {
  let hasHeadings = false
  attendance.forEach((child) => {
    if (child.type.name === 'heading') hasHeadings = true
  })
  if (hasHeadings) return childrenOf(attendance, context)
  const groups = attendanceGroups(attendance)
  if (groups.length === 0) return childrenOf(attendance, context)
  const free: PMNode[] = []
  attendance.forEach((child) => {
    if (child.type.name !== 'attendee') free.push(child)
  })
  return [
    textParagraph('Deltagerfortegnelse', { heading: HeadingLevel.HEADING_4 }),
    ...groups.flatMap((g) => [
      textParagraph(g.heading, { heading: HeadingLevel.HEADING_5 }),
      ...g.lines.map((line) => textParagraph(line)),
    ]),
    ...free.flatMap((node) => context.render.block(node, context)),
  ]
}
