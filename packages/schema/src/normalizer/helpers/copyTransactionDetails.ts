import type { Transaction } from '@tiptap/pm/state'
import { metaKeys } from './metaKeys'

/** Carries time, stored marks and every meta (paste, uiEvent, addToHistory, …) from `from` over to `to`. */
export function copyTransactionDetails(from: Transaction, to: Transaction): Transaction {
  to.setTime(from.time)
  if (from.storedMarksSet) to.setStoredMarks(from.storedMarks)
  for (const key of metaKeys(from)) to.setMeta(key, from.getMeta(key))
  return to
}
