import type { EditorState, Transaction } from '@tiptap/pm/state'
import type { MinutesConfig } from '../config'
import { minutesNormalizerKey } from './helpers/normalizerKeys'
import { normalizeInto } from './helpers/normalizeInto'

/**
 * The transaction that makes the whole document well-formed (titles, required sections, no
 * duplicate sections, unique ids), or null when it already is. Pure: for the server and the importer.
 */
export function normalizeState(state: EditorState, config: MinutesConfig): Transaction | null {
  const tr = state.tr
  normalizeInto(tr, config)
  return tr.docChanged ? tr.setMeta(minutesNormalizerKey, true) : null
}
