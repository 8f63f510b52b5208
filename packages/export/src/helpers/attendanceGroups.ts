import type { Node as PMNode } from '@tiptap/pm/model'
import { attendeeLine, type AttendeeAttributes } from '@referat/schema'

export interface AttendanceGroup {
  heading: string
  lines: string[]
}

/** The attendance list as a minute writes it: Deltagere (members and substitutes), Afbud, then officials and guests. */
export function attendanceGroups(attendance: PMNode): AttendanceGroup[] {
  const present: string[] = []
  const absent: string[] = []
  const others: string[] = []
  attendance.forEach((child) => {
    if (child.type.name !== 'attendee') return
    const a = child.attrs as AttendeeAttributes
    const line = attendeeLine(a)
    if (a.kind !== 'member') others.push(line)
    else if (a.status === 'absent') absent.push(line)
    else present.push(line)
  })
  return [
    { heading: 'Deltagere', lines: present },
    { heading: 'Afbud', lines: absent },
    { heading: 'Fra administrationen', lines: others },
  ].filter((g) => g.lines.length > 0)
}
