import type { Node as PMNode } from '@tiptap/pm/model'
import { DECISION_SECTION_KIND } from '@referat/schema'
import { protocolLines } from '@referat/schema'
import { sectionHeading } from '../helpers/sectionHeading'
import { isPublished } from '../model/MinutesView'
import { pdfChildren, type PdfContext, type PdfStep } from './PdfContext'

const DECISION_INDENT = 10

/** A section under its heading; the decision is indented beside a bar and ends with its protocol text. */
export function pdfSection(section: PMNode, context: PdfContext): PdfStep[] {
  if (!isPublished(context.view, section)) return []
  const { layout } = context
  const heading: PdfStep = () => layout.heading(sectionHeading(context.view, section), 3)
  if (section.attrs.kind !== DECISION_SECTION_KIND) return [heading, ...pdfChildren(section, context)]
  const inner = { ...context, indent: context.indent + DECISION_INDENT }
  const body = pdfChildren(section, inner)
  const protocol = protocolLines(section)
  return [
    heading,
    () =>
      layout.barBeside(() => {
        for (const step of body) step()
        for (const line of protocol)
          layout.paragraph([{ text: line, italic: true }], { indent: inner.indent })
      }),
  ]
}
