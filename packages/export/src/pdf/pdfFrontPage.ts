import type { Node as PMNode } from '@tiptap/pm/model'
import { meetingLines } from '../helpers/meetingLines'
import { pdfChildren, type PdfContext, type PdfStep } from './PdfContext'

/** Body, "Referat", date, time and place, then the header's own text. */
export function pdfFrontPage(header: PMNode, context: PdfContext): PdfStep[] {
  const { meeting } = context.view
  const { layout } = context
  return [
    () => {
      layout.doc.y += 40
      layout.paragraph([{ text: meeting.body || meeting.title, bold: true }], {
        size: 24,
        gap: 6,
        color: '#1F3864',
      })
      if (meeting.body) layout.paragraph([{ text: meeting.title }], { size: 18, gap: 14, color: '#1F3864' })
      for (const line of meetingLines(meeting)) layout.paragraph([{ text: line }], { size: 12, gap: 3 })
      layout.doc.y += 16
    },
    ...pdfChildren(header, context),
  ]
}
