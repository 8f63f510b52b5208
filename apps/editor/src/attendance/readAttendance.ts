import type { AttendeeAttributes } from '@referat/schema'
import type { Node as PMNode } from '@tiptap/pm/model'

export interface AttendeeEntry {
  pos: number
  attrs: AttendeeAttributes
}

export interface AttendanceState {
  /** Position of the attendance node, or null when the document has none. */
  pos: number | null
  attendees: AttendeeEntry[]
}

/** The attendance list's attendees in document order; only the top level is scanned, so it stays cheap. */
export function readAttendance(doc: PMNode): AttendanceState {
  const state: AttendanceState = { pos: null, attendees: [] }
  doc.forEach((part, offset) => {
    if (part.type.name !== 'attendance' || state.pos !== null) return
    state.pos = offset
    part.forEach((child, childOffset) => {
      if (child.type.name === 'attendee')
        state.attendees.push({ pos: offset + 1 + childOffset, attrs: child.attrs as AttendeeAttributes })
    })
  })
  return state
}
