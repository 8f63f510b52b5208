import { Selection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Mapping, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform'
import { requiredSectionKinds, type MinutesConfig } from '../config'
import { breaksStructure } from './helpers/breaksStructure'
import { copyTransactionDetails } from './helpers/copyTransactionDetails'
import { replaceKeepingStructure } from './helpers/replaceKeepingStructure'

/**
 * `tr` rewritten so that it joins, splits or cuts no section, title, item, group, header or
 * attendance, or null when it does none of that. The steps that would are done by
 * `replaceKeepingStructure` instead; the others are mapped onto the result.
 */
export function preserveStructure(
  state: EditorState,
  tr: Transaction,
  config: MinutesConfig,
): Transaction | null {
  const required = new Set(requiredSectionKinds(config))
  if (!tr.steps.some((step, i) => breaksStructure(tr.docs[i]!, step, required))) return null
  const out = state.tr
  let toOut = new Mapping()
  let cursor: number | null = null
  tr.steps.forEach((step) => {
    const start = out.steps.length
    const mapped = step.map(toOut)
    if (mapped && breaksStructure(out.doc, mapped, required)) {
      if (mapped instanceof ReplaceStep || mapped instanceof ReplaceAroundStep) {
        cursor = replaceKeepingStructure(out, mapped, required)
      }
    } else {
      if (mapped) out.maybeStep(mapped)
      if (cursor !== null) cursor = out.mapping.slice(start).map(cursor)
    }
    toOut = new Mapping([step.getMap().invert(), ...toOut.maps, ...out.mapping.maps.slice(start)])
  })
  if (tr.selectionSet) {
    out.setSelection(
      cursor === null ? tr.selection.map(out.doc, toOut) : Selection.near(out.doc.resolve(cursor), -1),
    )
  }
  return copyTransactionDetails(tr, out)
}
