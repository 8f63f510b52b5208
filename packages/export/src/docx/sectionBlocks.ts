import type { Node as PMNode } from '@tiptap/pm/model'
import { DECISION_SECTION_KIND } from '@referat/schema'
import { HeadingLevel, type FileChild } from 'docx'
import { protocolLines } from '@referat/schema'
import { sectionHeading } from '../helpers/sectionHeading'
import { isPublished } from '../model/MinutesView'
import { childrenOf, type DocxContext } from './DocxContext'
import { textParagraph } from './textParagraph'

/** A section under its heading; the decision is set apart and ends with its protocol text. */
export function sectionBlocks(section: PMNode, context: DocxContext): FileChild[] {
  if (!isPublished(context.view, section)) return []
  const decision = section.attrs.kind === DECISION_SECTION_KIND
  const inner = decision ? { ...context, paragraphStyle: 'Decision' } : context
  return [
    textParagraph(sectionHeading(context.view, section), { heading: HeadingLevel.HEADING_3 }),
    ...childrenOf(section, inner),
    ...(decision ? protocolLines(section).map((line) => textParagraph(line, { style: 'Protocol' })) : []),
  ]
}
