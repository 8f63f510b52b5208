import { Fragment, Slice } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { ReplaceAroundStep, type ReplaceStep } from '@tiptap/pm/transform'
import { deleteKeepingStructure } from './deleteKeepingStructure'
import { insertSliceKeepingStructure } from './insertSliceKeepingStructure'
import { plainText } from './plainText'

/**
 * Does what a structure-breaking step meant, without joining or splitting: deletes inside the
 * structure, then puts the step's content at the start of the range. A replace-around step's gap
 * stays where it is and only the text of its wrapper goes in. Returns where the cursor goes.
 */
export function replaceKeepingStructure(
  tr: Transaction,
  step: ReplaceStep | ReplaceAroundStep,
  required: ReadonlySet<string>,
): number {
  const start = tr.steps.length
  let slice = step.slice
  if (step instanceof ReplaceAroundStep) {
    deleteKeepingStructure(tr, step.gapTo, step.to, required)
    deleteKeepingStructure(tr, step.from, step.gapFrom, required)
    const text = plainText(slice.content)
    slice = text ? new Slice(Fragment.from(tr.doc.type.schema.text(text)), 0, 0) : Slice.empty
  } else {
    deleteKeepingStructure(tr, step.from, step.to, required)
  }
  return insertSliceKeepingStructure(tr, tr.mapping.slice(start).map(step.from, -1), slice, required)
}
