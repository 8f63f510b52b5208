import * as Y from 'yjs'
import { CorruptDocumentError } from '../store/CorruptDocumentError'
import type { StoredDocument } from '../store/MeetingStore'

/** Snapshot + log → Y.Doc. Anything unreadable or incomplete is a `CorruptDocumentError`, never an empty doc. */
export function loadYDoc(meetingId: string, stored: StoredDocument): Y.Doc {
  const doc = new Y.Doc()
  try {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
  } catch (error) {
    doc.destroy()
    throw new CorruptDocumentError(
      `Meeting ${meetingId}: stored update unreadable (${(error as Error).message}).`,
    )
  }
  if (doc.store.pendingStructs || doc.store.pendingDs) {
    doc.destroy()
    throw new CorruptDocumentError(`Meeting ${meetingId}: stored updates refer to changes that are missing.`)
  }
  return doc
}
