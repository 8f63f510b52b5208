import type { JSONContent } from '@tiptap/core'

export interface AttendanceCounts {
  /** Substitutes count among the present too. */
  present: number
  absent: number
  substitutes: number
}

/** How many attended, sent apologies (afbud), or stood in for a member, from the document JSON. */
export function attendanceCounts(docJSON: JSONContent): AttendanceCounts {
  const counts = { present: 0, absent: 0, substitutes: 0 }
  for (const part of docJSON.content ?? []) {
    if (part.type !== 'attendance') continue
    for (const attendee of part.content ?? []) {
      if (attendee.type !== 'attendee') continue
      if (attendee.attrs?.status === 'absent') counts.absent++
      else counts.present++
      if (attendee.attrs?.status === 'substitute') counts.substitutes++
    }
  }
  return counts
}
