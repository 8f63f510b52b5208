import type { JSONContent } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Document, Packer, Paragraph, TableOfContents, type FileChild } from 'docx'
import { estimatePageNumbers } from 'docx/layout'
import { ESTIMATE_PAGES_UP_TO_ITEMS, ESTIMATE_PAGES_UP_TO_SIZE, type ExportOptions } from '../ExportOptions'
import { minutesView } from '../model/MinutesView'
import type { InlineNodeName, MarkName } from '../model/nodeNames'
import { readMinutes } from '../model/readMinutes'
import type { DocxContext, DocxRender } from './DocxContext'
import { docxMapping } from './docxMapping'
import { docxStyles } from './docxStyles'
import { orderedListNumbering } from './orderedListNumbering'
import { pageFurniture } from './pageFurniture'
import type { RunStyle } from './RunStyle'

const FRONT_MATTER = new Set(['meetingHeader', 'attendance'])

const render: DocxRender = {
  block: (node, context) =>
    docxMapping.blocks[node.type.name as keyof typeof docxMapping.blocks](node, context),
  inline: (textblock, context) =>
    textblock.children.flatMap((node) => {
      let style: RunStyle = {}
      for (const mark of node.marks) style = docxMapping.marks[mark.type.name as MarkName](mark, style)
      return docxMapping.inline[node.type.name as InlineNodeName](node, style, context)
    }),
}

function body(doc: PMNode, context: DocxContext): FileChild[] {
  const front: FileChild[] = []
  const agenda: FileChild[] = []
  doc.forEach((part) => {
    ;(FRONT_MATTER.has(part.type.name) && agenda.length === 0 ? front : agenda).push(
      ...render.block(part, context),
    )
  })
  return [
    ...front,
    new Paragraph({ text: 'Indholdsfortegnelse', style: 'TOCHeading', pageBreakBefore: true }),
    new TableOfContents('Indholdsfortegnelse', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [], pageBreakBefore: true }),
    ...agenda,
  ]
}

function countGroups(doc: PMNode): number {
  let groups = 0
  doc.forEach((part) => {
    if (part.type.name === 'agendaGroup') groups += 1
  })
  return groups
}

/** The minutes as a Word document: front page, attendance, table of contents, the agenda. */
export async function exportDocx(docJSON: JSONContent, options: ExportOptions): Promise<Buffer> {
  const view = minutesView(readMinutes(docJSON), options)
  const context: DocxContext = { view, render, listDepth: 0, lists: { next: 0, starts: new Set() } }
  const children = body(view.doc, context)
  const { meeting } = view
  const estimate =
    options.estimatePages === 'auto' || options.estimatePages === undefined
      ? view.numbers.size - countGroups(view.doc) <= ESTIMATE_PAGES_UP_TO_ITEMS &&
        view.doc.content.size <= ESTIMATE_PAGES_UP_TO_SIZE
      : options.estimatePages
  const document = new Document({
    title: [meeting.title, meeting.body, meeting.date].filter(Boolean).join(' '),
    subject: meeting.body,
    description: options.version === 'public' ? 'Offentlig udgave' : 'Fuld udgave',
    keywords: ['referat', meeting.body, meeting.date].filter(Boolean).join(', '),
    creator: 'Referat',
    styles: docxStyles,
    numbering: orderedListNumbering(context.lists.starts),
    ...(estimate ? { pageNumbers: estimatePageNumbers } : { features: { updateFields: true } }),
    sections: [{ properties: { titlePage: true }, ...pageFurniture(meeting), children }],
  })
  return Packer.toBuffer(document)
}
