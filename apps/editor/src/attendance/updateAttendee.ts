import type { AttendeeAttributes } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { readAttendance, type AttendeeEntry } from './readAttendance'

/**
 * Changes an attendee's attributes in one editor transaction, so the change syncs and merges like
 * text. The attendee is found again by id, as others may have edited above it.
 */
export function updateAttendee(editor: Editor, entry: AttendeeEntry, change: Partial<AttendeeAttributes>) {
  return editor
    .chain()
    .command(({ tr }) => {
      const current = entry.attrs.id
        ? readAttendance(tr.doc).attendees.find((a) => a.attrs.id === entry.attrs.id)
        : entry
      if (!current || tr.doc.nodeAt(current.pos)?.type.name !== 'attendee') return false
      tr.setNodeMarkup(current.pos, undefined, { ...current.attrs, ...change })
      return true
    })
    .run()
}
