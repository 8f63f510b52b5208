import type { AnyExtension } from '@tiptap/core'
import Bold from '@tiptap/extension-bold'
import HardBreak from '@tiptap/extension-hard-break'
import Heading from '@tiptap/extension-heading'
import Italic from '@tiptap/extension-italic'
import Link from '@tiptap/extension-link'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import {
  MinutesDocument,
  PermissiveBulletList,
  PermissiveListItem,
  PermissiveOrderedList,
  PermissiveTable,
  PermissiveTableCell,
  PermissiveTableHeader,
  PermissiveTableRow,
} from './collaborativeContent'
import { AgendaGroup } from './nodes/agendaGroup'
import { AgendaItem } from './nodes/agendaItem'
import { AgendaTitle } from './nodes/agendaTitle'
import { Attendance } from './nodes/attendance'
import { Attendee } from './nodes/attendee'
import { Bilag } from './nodes/bilag'
import { MeetingHeader } from './nodes/meetingHeader'
import { Section } from './nodes/section'

/** Sub-headings inside a section; levels 1–2 are the agenda's own. */
export const SUBHEADING_LEVELS = [3, 4] as const

/**
 * The nodes and marks of the minutes document. The server, the exporters and the editor all
 * build their schema from this list, so every client agrees on it.
 */
export function minutesNodeExtensions(): AnyExtension[] {
  return [
    MinutesDocument,
    MeetingHeader,
    Attendance,
    Attendee,
    AgendaGroup,
    AgendaItem,
    AgendaTitle,
    Section,
    Paragraph,
    Text,
    HardBreak,
    Heading.configure({ levels: [...SUBHEADING_LEVELS] }),
    PermissiveBulletList,
    PermissiveOrderedList,
    PermissiveListItem,
    PermissiveTable,
    PermissiveTableRow,
    PermissiveTableCell,
    PermissiveTableHeader,
    Bilag,
    Bold,
    Italic,
    Link.configure({ openOnClick: false, autolink: false }),
  ]
}
