import type { JSONContent } from '@tiptap/core'
import type { CompiledVocabulary } from '../vocabulary/compileVocabulary'
import { parseAttendee } from './parseAttendee'

const PARTY = /\([^()]{1,10}\)/

/** Collects the attendance list: headings set the status (or official function) of the names below. */
export class AttendanceWriter {
  readonly node: JSONContent = { type: 'attendance', content: [] }
  private status: 'present' | 'absent' = 'present'
  private officialFunction: string | undefined
  private listed = 0
  private closed = false

  constructor(
    private readonly v: CompiledVocabulary,
    private readonly createId: () => string,
  ) {}

  heading(status: 'present' | 'absent' | undefined, officialFunction?: string) {
    this.status = status ?? 'present'
    this.officialFunction = officialFunction
    this.listed = 0
    this.closed = false
  }

  /** A paragraph break after names ends the list under the current heading. */
  paragraphBreak() {
    if (this.listed > 0) this.closed = true
  }

  /** Whether the line reads as a further attendee under the current heading. */
  accepts(line: string): boolean {
    if (line.length > 160) return false
    if (PARTY.test(line)) return true
    return !this.closed && !/\d/.test(line) && line.split(' ').length <= 6 && /^\p{Lu}/u.test(line)
  }

  add(line: string) {
    const attendee = parseAttendee(line, this.v)
    if (this.officialFunction !== undefined) {
      attendee.kind = 'official'
      attendee.function = this.officialFunction
    } else if (this.status === 'absent' && attendee.status !== 'substitute') attendee.status = 'absent'
    this.node.content?.push({ type: 'attendee', attrs: { id: this.createId(), ...attendee } })
    this.listed++
  }
}
