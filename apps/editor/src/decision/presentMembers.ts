import type { AttendeeAttributes } from '@referat/schema'
import type { Node as PMNode } from '@tiptap/pm/model'

export interface Member {
  name: string
  party: string
}

/** Members on the attendance list who are at the meeting (present or substituting), in list order. */
export function presentMembers(doc: PMNode): Member[] {
  const members: Member[] = []
  doc.forEach((part) => {
    if (part.type.name !== 'attendance') return
    part.forEach((child) => {
      const a = child.attrs as AttendeeAttributes
      if (child.type.name === 'attendee' && a.kind === 'member' && a.status !== 'absent' && a.name) {
        members.push({ name: a.name, party: a.party })
      }
    })
  })
  return members
}

/** `Name (P)`, as the minutes name a member. */
export const memberLine = (m: Member): string => (m.party ? `${m.name} (${m.party})` : m.name)
