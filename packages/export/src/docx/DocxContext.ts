import type { Node as PMNode } from '@tiptap/pm/model'
import type { FileChild, ParagraphChild } from 'docx'
import type { MinutesView } from '../model/MinutesView'

/** Renders children through the mapping; handed down so node handlers need not import it. */
export interface DocxRender {
  block: (node: PMNode, context: DocxContext) => FileChild[]
  inline: (textblock: PMNode, context: DocxContext) => ParagraphChild[]
}

export interface DocxContext {
  view: MinutesView
  render: DocxRender
  /** Style of body paragraphs here: `Decision` inside a decision. */
  paragraphStyle?: string
  /** Nesting depth of lists (0 outside any list). */
  listDepth: number
  /** Hands out numbering instances: every ordered list counts from its own start. */
  lists: { next: number; starts: Set<number> }
}

export const childrenOf = (node: PMNode, context: DocxContext): FileChild[] => {
  const out: FileChild[] = []
  node.forEach((child) => {
    out.push(...context.render.block(child, context))
  })
  return out
}
