import type { JSONContent } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import type { ExportOptions } from '../ExportOptions'
import { minutesView } from '../model/MinutesView'
import type { InlineNodeName, MarkName } from '../model/nodeNames'
import { readMinutes } from '../model/readMinutes'
import type { PdfContext, PdfRender, Span } from './PdfContext'
import { PdfLayout } from './PdfLayout'
import { pdfMapping } from './pdfMapping'

const FRONT_MATTER = new Set(['meetingHeader', 'attendance'])

const render: PdfRender = {
  block: (node, context) =>
    pdfMapping.blocks[node.type.name as keyof typeof pdfMapping.blocks](node, context),
  inline: (textblock, context) =>
    textblock.children.flatMap((node) => {
      let style: Omit<Span, 'text'> = {}
      for (const mark of node.marks) style = pdfMapping.marks[mark.type.name as MarkName](mark, style)
      return pdfMapping.inline[node.type.name as InlineNodeName](node, style, context)
    }),
}

function tocEntries(doc: PMNode): number {
  let count = 0
  doc.forEach((part) => {
    if (part.type.name === 'agendaItem') count += 1
    if (part.type.name !== 'agendaGroup') return
    count += 1
    part.forEach((child) => {
      if (child.type.name === 'agendaItem') count += 1
    })
  })
  return count
}

/** The minutes as PDF/A-2b: front page, attendance, table of contents, the agenda, with bookmarks. */
export async function exportPdf(docJSON: JSONContent, options: ExportOptions): Promise<Buffer> {
  const view = minutesView(readMinutes(docJSON), options)
  const { meeting } = view
  const layout = new PdfLayout(meeting, {
    Title: [meeting.title, meeting.body, meeting.date].filter(Boolean).join(' '),
    Subject: meeting.body,
    Author: meeting.body || 'Referat',
    Keywords: ['referat', meeting.body, meeting.date, options.version === 'public' ? 'offentlig' : 'fuld']
      .filter(Boolean)
      .join(', '),
    Creator: 'Referat',
  })
  const context: PdfContext = { view, layout, render, indent: 0, listDepth: 0 }
  let agendaStarted = false
  view.doc.forEach((part) => {
    if (!agendaStarted && !FRONT_MATTER.has(part.type.name)) {
      agendaStarted = true
      layout.reserveTableOfContents(tocEntries(view.doc))
      layout.newPage()
    }
    for (const step of render.block(part, context)) step()
  })
  if (!agendaStarted) layout.reserveTableOfContents(0)
  return layout.finish()
}
