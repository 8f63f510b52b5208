import { Paragraph, TextRun, type IParagraphOptions } from 'docx'

/** A paragraph of plain text in the given style or heading. */
export function textParagraph(text: string, options: Omit<IParagraphOptions, 'text' | 'children'> = {}) {
  return new Paragraph({ ...options, children: [new TextRun(text)] })
}
