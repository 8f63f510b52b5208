export * from './config'
export { minutesNodeExtensions, SUBHEADING_LEVELS } from './extensions'
export { getMinutesSchema } from './getMinutesSchema'
export { numberAgenda, type AgendaNumber } from './numbering'
export { newId } from './helpers/newId'
export { AgendaGroup } from './nodes/agendaGroup'
export { AgendaItem } from './nodes/agendaItem'
export { AgendaTitle } from './nodes/agendaTitle'
export { Attendance } from './nodes/attendance'
export {
  Attendee,
  attendeeLine,
  ATTENDEE_KINDS,
  ATTENDEE_STATUSES,
  MEMBER_ROLES,
  type AttendeeAttributes,
  type AttendeeKind,
  type AttendeeStatus,
} from './nodes/attendee'
export { Bilag, BILAG_MARKER } from './nodes/bilag'
export { MeetingHeader } from './nodes/meetingHeader'
export { Section, type DecisionAttributes, type DissentEntry, type VoteRecord } from './nodes/section'
export {
  MinutesCommands,
  agendaItemJSON,
  sectionJSON,
  suggestDecision,
  type AgendaItemAttrs,
  type DecisionSuggestion,
  type MinutesCommandsOptions,
  type SectionAttrs,
} from './commands'
export {
  MinutesNormalizer,
  isRemoteTransaction,
  minutesNormalizerKey,
  normalizeState,
  preserveStructure,
  structureGuardKey,
  YJS_SYNC_META,
  type MinutesNormalizerOptions,
} from './normalizer'
export { Minutes, type MinutesOptions } from './minutes'
export { attendanceCounts, type AttendanceCounts } from './attendanceCounts'
export * from './decision'
