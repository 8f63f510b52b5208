import type { Node as PMNode } from '@tiptap/pm/model'
import { ReplaceAroundStep, ReplaceStep, type Step } from '@tiptap/pm/transform'
import { cutsStructure } from './cutsStructure'
import { removesKeptNode } from './removesKeptNode'
import { splitsStructure } from './splitsStructure'

/**
 * Whether a step, applied to `doc`, would join, split or cut a section, title, item, group, header
 * or attendance, or remove one that must only be emptied.
 */
export function breaksStructure(doc: PMNode, step: Step, required: ReadonlySet<string>): boolean {
  if (step instanceof ReplaceStep) {
    const { from, to, slice } = step
    return (
      cutsStructure(doc, from, to) ||
      splitsStructure(doc, from, to, slice) ||
      removesKeptNode(doc, from, to, slice, required)
    )
  }
  if (step instanceof ReplaceAroundStep) {
    const { from, to, gapFrom, gapTo, slice } = step
    return (
      cutsStructure(doc, from, gapFrom) ||
      cutsStructure(doc, gapTo, to) ||
      removesKeptNode(doc, from, gapFrom, slice, required) ||
      removesKeptNode(doc, gapTo, to, slice, required)
    )
  }
  return false
}
