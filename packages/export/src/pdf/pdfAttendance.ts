import type { Node as PMNode } from '@tiptap/pm/model'
import { attendanceGroups } from '../helpers/attendanceGroups'
import { pdfChildren, type PdfContext, type PdfStep } from './PdfContext'

/** The attendance list, in the document's order when it has its own headings, else grouped (as in the DOCX). */
export function pdfAttendance(attendance: PMNode, context: PdfContext): PdfStep[] {
  let hasHeadings = false
  attendance.forEach((child) => {
    if (child.type.name === 'heading') hasHeadings = true
  })
  const groups = attendanceGroups(attendance)
  if (hasHeadings || groups.length === 0) return pdfChildren(attendance, context)
  const { layout } = context
  const steps: PdfStep[] = [() => layout.heading('Deltagerfortegnelse', 4)]
  for (const group of groups) {
    steps.push(() => layout.heading(group.heading, 5))
    for (const line of group.lines) steps.push(() => layout.paragraph([{ text: line }], { gap: 2 }))
  }
  attendance.forEach((child) => {
    if (child.type.name !== 'attendee') steps.push(...context.render.block(child, context))
  })
  return steps
}
