import { attendeeLine, type AttendeeAttributes } from '@referat/schema'
import {
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  TextRun,
  type FileChild,
  type ParagraphChild,
} from 'docx'
import { BILAG_MARKER } from '@referat/schema'
import type { NodeMapping } from '../model/NodeMapping'
import { groupBlocks, itemBlocks } from './agendaBlocks'
import { attendanceBlocks } from './attendanceBlocks'
import { childrenOf, type DocxContext } from './DocxContext'
import { frontPage } from './frontPage'
import { listBlocks } from './listBlocks'
import type { RunStyle } from './RunStyle'
import { sectionBlocks } from './sectionBlocks'
import { tableBlock } from './tableBlock'
import { textParagraph } from './textParagraph'

const SUBHEADING = { 3: HeadingLevel.HEADING_4, 4: HeadingLevel.HEADING_5 } as const

const run = (text: string, style: RunStyle): ParagraphChild => {
  const textRun = new TextRun({
    text,
    bold: style.bold,
    italics: style.italics,
    style: style.link ? 'Hyperlink' : undefined,
  })
  return style.link ? new ExternalHyperlink({ link: style.link, children: [textRun] }) : textRun
}

const paragraph = (node: Parameters<typeof childrenOf>[0], context: DocxContext): FileChild[] => [
  new Paragraph({ children: context.render.inline(node, context), style: context.paragraphStyle }),
]

/** The DOCX exporter: every node and mark of the minutes, as `docx` objects. */
export const docxMapping: NodeMapping<FileChild, ParagraphChild, RunStyle, DocxContext> = {
  blocks: {
    doc: childrenOf,
    meetingHeader: frontPage,
    attendance: attendanceBlocks,
    attendee: (node) => [textParagraph(attendeeLine(node.attrs as AttendeeAttributes))],
    agendaGroup: groupBlocks,
    agendaItem: itemBlocks,
    agendaTitle: (node) => [textParagraph(node.textContent, { heading: HeadingLevel.HEADING_2 })],
    section: sectionBlocks,
    paragraph,
    heading: (node, context) => [
      new Paragraph({
        children: context.render.inline(node, context),
        heading: SUBHEADING[node.attrs.level === 4 ? 4 : 3],
      }),
    ],
    bulletList: listBlocks,
    orderedList: listBlocks,
    listItem: childrenOf,
    table: tableBlock,
    tableRow: childrenOf,
    tableCell: childrenOf,
    tableHeader: childrenOf,
  },
  inline: {
    text: (node, style) => [run(node.text ?? '', style)],
    hardBreak: () => [new TextRun({ break: 1 })],
    bilag: (_node, style) => [run(BILAG_MARKER, style)],
  },
  marks: {
    bold: (_mark, style) => ({ ...style, bold: true }),
    italic: (_mark, style) => ({ ...style, italics: true }),
    link: (mark, style) => ({
      ...style,
      link: typeof mark.attrs.href === 'string' ? mark.attrs.href : undefined,
    }),
  },
}
