import type { Node as PMNode } from '@tiptap/pm/model'
import type { MinutesView } from '../model/MinutesView'
import type { PdfLayout } from './PdfLayout'

/** One piece of text with its look. */
export interface Span {
  text: string
  bold?: boolean
  italic?: boolean
  link?: string
}

/** A step that draws into the document; steps run in order, so pages fall where they fall. */
export type PdfStep = () => void

export interface PdfRender {
  block: (node: PMNode, context: PdfContext) => PdfStep[]
  inline: (textblock: PMNode, context: PdfContext) => Span[]
}

export interface PdfContext {
  view: MinutesView
  layout: PdfLayout
  render: PdfRender
  /** Left indent in points (lists, decision). */
  indent: number
  listDepth: number
}

export const pdfChildren = (node: PMNode, context: PdfContext): PdfStep[] => {
  const steps: PdfStep[] = []
  node.forEach((child) => {
    steps.push(...context.render.block(child, context))
  })
  return steps
}
