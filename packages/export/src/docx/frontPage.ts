import type { Node as PMNode } from '@tiptap/pm/model'
import { type FileChild } from 'docx'
import { meetingLines } from '../helpers/meetingLines'
import { childrenOf, type DocxContext } from './DocxContext'
import { textParagraph } from './textParagraph'

/** Body, "Referat", date, time and place, then the header's own text (programme, front matter). */
export function frontPage(header: PMNode, context: DocxContext): FileChild[] {
  const { meeting } = context.view
  return [
    textParagraph(meeting.body || meeting.title, { style: 'Title' }),
    ...(meeting.body ? [textParagraph(meeting.title, { style: 'Subtitle' })] : []),
    ...meetingLines(meeting).map((line) => textParagraph(line)),
    ...childrenOf(header, context),
  ]
}
