import type { Transaction } from '@tiptap/pm/state'
import { planDeletion } from './planDeletion'

/** Deletes from–to in `tr` without joining, splitting or removing what `planDeletion` keeps. */
export function deleteKeepingStructure(
  tr: Transaction,
  from: number,
  to: number,
  required: ReadonlySet<string>,
): void {
  const paragraph = tr.doc.type.schema.nodes.paragraph!
  for (const d of planDeletion(tr.doc, from, to, required).reverse()) {
    if (!d.emptyParagraph) tr.delete(d.from, d.to)
    else if (!isOneEmptyParagraph(tr, d.from, d.to)) tr.replaceWith(d.from, d.to, paragraph.create())
  }
}

function isOneEmptyParagraph(tr: Transaction, from: number, to: number): boolean {
  const only = to - from === 2 ? tr.doc.nodeAt(from) : null
  return only?.type.name === 'paragraph' && only.content.size === 0
}
