import type { Transaction } from '@tiptap/pm/state'

/**
 * The keys of a transaction's metadata. Transaction offers no way to list them; its `meta` field has
 * been stable across prosemirror-state 1.x, and the tests of the normalizer would catch a change.
 */
export function metaKeys(tr: Transaction): string[] {
  return Object.keys((tr as unknown as { meta: object }).meta)
}
