import { mergeAttributes, Node } from '@tiptap/core'
import { textAttribute } from '../helpers/textAttribute'
import { idAttribute } from '../helpers/idAttribute'

export const ATTENDEE_STATUSES = ['present', 'absent', 'substitute'] as const
export type AttendeeStatus = (typeof ATTENDEE_STATUSES)[number]
export const ATTENDEE_KINDS = ['member', 'official', 'guest'] as const
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number]
export const MEMBER_ROLES = ['formand', 'næstformand', 'medlem'] as const

export interface AttendeeAttributes {
  id: string
  kind: AttendeeKind
  name: string
  /** Party letter, e.g. `V`. */
  party: string
  /** Municipality or organisation, e.g. `Morsø Kommune`. */
  organisation: string
  /** `formand`, `næstformand`, `medlem`, or empty when not stated. */
  role: string
  status: AttendeeStatus
  /** For a substitute: the member they stand in for. */
  substituteFor: string
  /** For officials and guests: what they attend as (Sekretær, KL-direktør, …). */
  function: string
}

/** One person on the attendance list: an atom whose facts are attributes, edited by a form. */
export const Attendee = Node.create({
  name: 'attendee',
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      id: idAttribute(),
      kind: textAttribute('kind', 'member'),
      name: textAttribute('name'),
      party: textAttribute('party'),
      organisation: textAttribute('organisation'),
      role: textAttribute('role'),
      status: textAttribute('status', 'present'),
      substituteFor: textAttribute('substitute-for'),
      function: textAttribute('function'),
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="attendee"]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-type': 'attendee' }),
      attendeeLine(node.attrs as AttendeeAttributes),
    ]
  },

  renderText({ node }) {
    return attendeeLine(node.attrs as AttendeeAttributes)
  },
})

/** The attendee as a minute writes it: `Peter E. Nielsen (A) Frederikshavn Kommune, Suppl. for Birgit Hansen`. */
export function attendeeLine(a: AttendeeAttributes): string {
  let line = a.name
  if (a.party) line += ` (${a.party})`
  if (a.organisation) line += ` ${a.organisation}`
  if (a.function) line += `, ${a.function}`
  if (a.role && a.role !== 'medlem') line += ` - ${a.role}`
  if (a.status === 'substitute' && a.substituteFor) line += `, Suppl. for ${a.substituteFor}`
  return line
}
