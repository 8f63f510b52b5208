import type { Slice } from '@tiptap/pm/model'
import { Selection, type Transaction } from '@tiptap/pm/state'
import { replaceStep } from '@tiptap/pm/transform'
import { breaksStructure } from './breaksStructure'
import { flattenSlice } from './flattenSlice'
import { plainText } from './plainText'

/**
 * Inserts what a rewritten step inserted (typed text, pasted content) at `pos`, or the nearest
 * place for text, without splitting structure: flattened to blocks (attendees kept if they fit),
 * else as plain text. Returns the position after the inserted content.
 */
export function insertSliceKeepingStructure(
  tr: Transaction,
  pos: number,
  slice: Slice,
  required: ReadonlySet<string>,
): number {
  if (slice.size === 0) return pos
  const $pos = tr.doc.resolve(pos)
  const near = $pos.parent.inlineContent
    ? null
    : (Selection.findFrom($pos, 1, true) ?? Selection.findFrom($pos, -1, true))
  const at = near ? near.from : pos
  const { schema } = tr.doc.type
  const flat = flattenSlice(slice, schema, true)
  for (const candidate of [flattenSlice(slice, schema), flat]) {
    const step = replaceStep(tr.doc, at, at, candidate)
    if (step && !breaksStructure(tr.doc, step, required) && !tr.maybeStep(step).failed)
      return step.getMap().map(at, 1)
  }
  const text = plainText(flat.content)
  if (!text || !tr.doc.resolve(at).parent.inlineContent) return at
  tr.insertText(text, at)
  return at + text.length
}
