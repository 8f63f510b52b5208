import type { AttendeeAttributes } from '@referat/schema'
import type { CompiledVocabulary } from '../vocabulary/compileVocabulary'

export type ParsedAttendee = Omit<AttendeeAttributes, 'id'>

/**
 * Reads `Name (Party) Organisation[, Suppl. for X][ - formand]`; a line without a party is a name
 * only. Roles and substitutes are recognised by the vocabulary's patterns.
 */
export function parseAttendee(line: string, v: CompiledVocabulary): ParsedAttendee {
  const attendee: ParsedAttendee = {
    kind: 'member',
    name: line,
    party: '',
    organisation: '',
    role: '',
    status: 'present',
    substituteFor: '',
    function: '',
  }
  const open = line.indexOf('(')
  const close = open < 0 ? -1 : line.indexOf(')', open)
  let rest = ''
  if (open > 0 && close > open && close - open <= 12) {
    attendee.name = line.slice(0, open).trim()
    attendee.party = line.slice(open + 1, close).trim()
    rest = line.slice(close + 1)
  }
  const substitute = v.substitute.exec(rest)
  if (substitute?.groups?.name) {
    attendee.status = 'substitute'
    attendee.substituteFor = substitute.groups.name.trim()
    rest = rest.slice(0, substitute.index)
  }
  const role = v.role.exec(rest.length > 0 ? rest : attendee.name)
  if (role?.groups?.role) {
    attendee.role = role.groups.role.toLocaleLowerCase('da')
    if (rest.length > 0) rest = rest.slice(0, role.index)
    else attendee.name = attendee.name.slice(0, role.index).trim()
  }
  attendee.organisation = rest.replace(/^[\s,]+|[\s,]+$/g, '')
  return attendee
}
