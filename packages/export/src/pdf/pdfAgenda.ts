import type { Node as PMNode } from '@tiptap/pm/model'
import { agendaHeading } from '../helpers/agendaHeading'
import { bilagTitles } from '../helpers/bilagTitles'
import { caseLine } from '../helpers/caseLine'
import { isHidden } from '../model/MinutesView'
import type { PdfContext, PdfStep } from './PdfContext'

function rest(node: PMNode, context: PdfContext): PdfStep[] {
  const steps: PdfStep[] = []
  node.forEach((child) => {
    if (child.type.name !== 'agendaTitle') steps.push(...context.render.block(child, context))
  })
  return steps
}

/** "2. Regionalpolitiske sager", in the outline and the table of contents, then its text and items. */
export function pdfAgendaGroup(group: PMNode, context: PdfContext): PdfStep[] {
  return [
    () => context.layout.heading(agendaHeading(context.view, group), 1, { outline: true }),
    ...rest(group, context),
  ]
}

/** "2.3. Aftale om Grønt Danmark", the case line, sections, the Bilag list (or "Lukket punkt" only). */
export function pdfAgendaItem(item: PMNode, context: PdfContext): PdfStep[] {
  const { layout } = context
  const line = caseLine(item)
  const steps: PdfStep[] = [
    () => {
      layout.heading(agendaHeading(context.view, item), 2, { outline: true })
      if (line) layout.paragraph([{ text: line }], { size: 8.5, color: '#595959' })
      if (item.attrs.closed) layout.paragraph([{ text: 'Lukket punkt', italic: true }])
    },
  ]
  if (isHidden(context.view, item)) return steps
  const titles = bilagTitles(item)
  steps.push(...rest(item, context))
  if (titles.length > 0) {
    steps.push(() => {
      layout.heading('Bilag', 3)
      for (const title of titles) layout.listParagraph('•', [{ text: title }], 18)
    })
  }
  return steps
}
