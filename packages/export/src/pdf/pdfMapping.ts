import { attendeeLine, BILAG_MARKER, type AttendeeAttributes } from '@referat/schema'
import type { Node as PMNode } from '@tiptap/pm/model'
import type { NodeMapping } from '../model/NodeMapping'
import { pdfAgendaGroup, pdfAgendaItem } from './pdfAgenda'
import { pdfAttendance } from './pdfAttendance'
import { pdfChildren, type PdfContext, type PdfStep, type Span } from './PdfContext'
import { pdfFrontPage } from './pdfFrontPage'
import { pdfList } from './pdfList'
import { pdfSection } from './pdfSection'
import { pdfTable } from './pdfTable'

type Style = Omit<Span, 'text'>

const paragraph = (node: PMNode, context: PdfContext): PdfStep[] => [
  () => context.layout.paragraph(context.render.inline(node, context), { indent: context.indent }),
]

/** The PDF exporter: every node and mark of the minutes, as drawing steps on pdfkit. */
export const pdfMapping: NodeMapping<PdfStep, Span, Style, PdfContext> = {
  blocks: {
    doc: pdfChildren,
    meetingHeader: pdfFrontPage,
    attendance: pdfAttendance,
    attendee: (node, context) => [
      () => context.layout.paragraph([{ text: attendeeLine(node.attrs as AttendeeAttributes) }], { gap: 2 }),
    ],
    agendaGroup: pdfAgendaGroup,
    agendaItem: pdfAgendaItem,
    agendaTitle: (node, context) => [() => context.layout.heading(node.textContent, 2)],
    section: pdfSection,
    paragraph,
    heading: (node, context) => [
      () => context.layout.heading(node.textContent, node.attrs.level === 4 ? 5 : 4),
    ],
    bulletList: pdfList,
    orderedList: pdfList,
    listItem: pdfChildren,
    table: pdfTable,
    tableRow: pdfChildren,
    tableCell: pdfChildren,
    tableHeader: pdfChildren,
  },
  inline: {
    text: (node, style) => [{ ...style, text: node.text ?? '' }],
    hardBreak: (_node, style) => [{ ...style, text: '\n' }],
    bilag: (_node, style) => [{ ...style, text: BILAG_MARKER }],
  },
  marks: {
    bold: (_mark, style) => ({ ...style, bold: true }),
    italic: (_mark, style) => ({ ...style, italic: true }),
    link: (mark, style) => ({
      ...style,
      link: typeof mark.attrs.href === 'string' ? mark.attrs.href : undefined,
    }),
  },
}
