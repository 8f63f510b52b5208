import { Plugin } from '@tiptap/pm/state'
import type { MinutesConfig } from '../config'
import { isRemoteTransaction } from './helpers/isRemoteTransaction'
import { minutesNormalizerKey } from './helpers/normalizerKeys'
import { normalizeState } from './normalizeState'

/**
 * Normalizes the document after local edits. Edits from Yjs are left alone: every client receives
 * them, and all of them repairing the same thing at once would create the duplicates it removes.
 * Nothing is normalized while `isReady()` is false (the document has not synced yet).
 */
export function normalizerPlugin(config: MinutesConfig, isReady: () => boolean = () => true): Plugin {
  return new Plugin({
    key: minutesNormalizerKey,
    appendTransaction(transactions, _oldState, newState) {
      if (!isReady()) return null
      const local = transactions.some(
        (tr) => tr.docChanged && !isRemoteTransaction(tr) && !tr.getMeta(minutesNormalizerKey),
      )
      return local ? normalizeState(newState, config) : null
    },
  })
}
