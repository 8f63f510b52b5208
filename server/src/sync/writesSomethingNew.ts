import * as Y from 'yjs'

/** Whether an update carries content `doc` lacks (a read-only client trying to write, not just echoing). */
export function writesSomethingNew(update: Uint8Array, doc: Y.Doc): boolean {
  try {
    const { to } = Y.parseUpdateMeta(update)
    const known = Y.decodeStateVector(Y.encodeStateVector(doc))
    for (const [client, clock] of to) if (clock > (known.get(client) ?? 0)) return true
    return false
  } catch {
    return true
  }
}
