import type { Transaction } from '@tiptap/pm/state'
import { metaKeys } from './metaKeys'

/** Meta key the y-prosemirror binding (`new PluginKey('y-sync')`) sets on transactions it applies from Yjs. */
export const YJS_SYNC_META = 'y-sync$'

/**
 * Whether a transaction came from Yjs, or was appended by a plugin in answer to one. Every client
 * receives those, so normalizing them would make every client repair the same thing at once.
 */
export function isRemoteTransaction(tr: Transaction): boolean {
  const root = (tr.getMeta('appendedTransaction') as Transaction | undefined) ?? tr
  return Boolean(root.getMeta(YJS_SYNC_META)) || metaKeys(root).some(isSecondYjsSyncKey)
}

/** A second copy of the binding in one bundle (y-prosemirror beside @tiptap/y-tiptap) gets `y-sync$1`. */
function isSecondYjsSyncKey(key: string): boolean {
  return /^y-sync\$\d+$/.test(key)
}
