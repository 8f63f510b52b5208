import type { Node as PMNode } from '@tiptap/pm/model'
import { HeadingLevel, type FileChild } from 'docx'
import { agendaHeading } from '../helpers/agendaHeading'
import { bilagTitles } from '../helpers/bilagTitles'
import { caseLine } from '../helpers/caseLine'
import { isHidden } from '../model/MinutesView'
import type { DocxContext } from './DocxContext'
import { textParagraph } from './textParagraph'

const CLOSED = 'Lukket punkt'

function rest(node: PMNode, context: DocxContext): FileChild[] {
  const out: FileChild[] = []
  node.forEach((child) => {
    if (child.type.name !== 'agendaTitle') out.push(...context.render.block(child, context))
  })
  return out
}

/** "2. Regionalpolitiske sager" as Heading 1, its free text, its items. */
export function groupBlocks(group: PMNode, context: DocxContext): FileChild[] {
  return [
    textParagraph(agendaHeading(context.view, group), { heading: HeadingLevel.HEADING_1 }),
    ...rest(group, context),
  ]
}

/** "2.3. Aftale om Grønt Danmark" as Heading 2, the case line, the sections, the Bilag list. */
export function itemBlocks(item: PMNode, context: DocxContext): FileChild[] {
  const line = caseLine(item)
  const head = [
    textParagraph(agendaHeading(context.view, item), { heading: HeadingLevel.HEADING_2 }),
    ...(line ? [textParagraph(line, { style: 'CaseLine' })] : []),
    ...(item.attrs.closed ? [textParagraph(CLOSED, { style: 'ClosedItem' })] : []),
  ]
  if (isHidden(context.view, item)) return head
  const titles = bilagTitles(item)
  return [
    ...head,
    ...rest(item, context),
    ...(titles.length > 0
      ? [
          textParagraph('Bilag', { heading: HeadingLevel.HEADING_3 }),
          ...titles.map((t) => textParagraph(t, { bullet: { level: 0 } })),
        ]
      : []),
  ]
}
