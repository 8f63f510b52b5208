import type { Node as PMNode } from '@tiptap/pm/model'
import { Paragraph, type FileChild } from 'docx'
import type { DocxContext } from './DocxContext'
import { orderedListStart } from '../helpers/orderedListStart'
import { orderedListReference } from './orderedListNumbering'

const MAX_LEVEL = 8

/**
 * A list: the first paragraph of each item carries the bullet or number, later ones are indented
 * to match; nested lists go one level deeper (Word has nine). Each ordered list is its own
 * numbering instance, so it counts from its `start` whatever came before.
 */
export function listBlocks(list: PMNode, context: DocxContext): FileChild[] {
  const level = Math.min(context.listDepth, MAX_LEVEL)
  const ordered = list.type.name === 'orderedList'
  const instance = ordered ? ++context.lists.next : 0
  const start = orderedListStart(list.attrs.start)
  if (ordered) context.lists.starts.add(start)
  const inner: DocxContext = { ...context, listDepth: context.listDepth + 1 }
  const out: FileChild[] = []
  list.forEach((item) => {
    let first = true
    item.forEach((child) => {
      if (first && child.isTextblock) {
        first = false
        out.push(
          new Paragraph({
            children: context.render.inline(child, context),
            style: context.paragraphStyle,
            ...(ordered
              ? { numbering: { reference: orderedListReference(start), level, instance } }
              : { bullet: { level } }),
          }),
        )
      } else if (child.isTextblock) {
        out.push(
          new Paragraph({
            children: context.render.inline(child, context),
            style: context.paragraphStyle,
            indent: { left: 720 * (level + 1) },
          }),
        )
      } else {
        first = false
        const nested = child.type.name === 'bulletList' || child.type.name === 'orderedList'
        out.push(...context.render.block(child, nested ? inner : context))
      }
    })
    if (first) out.push(new Paragraph({ text: '', bullet: { level } }))
  })
  return out
}
