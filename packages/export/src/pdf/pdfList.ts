import type { Node as PMNode } from '@tiptap/pm/model'
import { orderedListStart } from '../helpers/orderedListStart'
import type { PdfContext, PdfStep } from './PdfContext'

const STEP = 18
const MAX_INDENT = 8 * STEP

const letter = (n: number) => String.fromCharCode(96 + (((n - 1) % 26) + 1))

/** Bullets, or numbers counted within this list only (letters one level down, as in the DOCX). */
export function pdfList(list: PMNode, context: PdfContext): PdfStep[] {
  const ordered = list.type.name === 'orderedList'
  const start = orderedListStart(list.attrs.start)
  const indent = Math.min(context.indent + STEP, context.indent + MAX_INDENT, MAX_INDENT + STEP)
  const inner: PdfContext = { ...context, indent, listDepth: context.listDepth + 1 }
  const steps: PdfStep[] = []
  let n = start - 1
  list.forEach((item) => {
    n += 1
    const marker = ordered ? `${context.listDepth % 3 === 1 ? letter(n) : n}.` : '•'
    let first = true
    item.forEach((child) => {
      if (first && child.isTextblock) {
        first = false
        steps.push(() => context.layout.listParagraph(marker, context.render.inline(child, context), indent))
      } else {
        first = false
        steps.push(...context.render.block(child, inner))
      }
    })
  })
  steps.push(() => context.layout.doc.moveDown(0.2))
  return steps
}
