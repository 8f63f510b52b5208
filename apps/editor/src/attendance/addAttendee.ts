import type { AttendeeAttributes } from '@referat/schema'
import { newId } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { readAttendance } from './readAttendance'

/**
 * Adds an attendee after the last one of the same kind (else at the end of the list), creating the
 * attendance list after the meeting header when the document has none.
 */
export function addAttendee(editor: Editor, attrs: Partial<AttendeeAttributes>) {
  return editor
    .chain()
    .command(({ tr }) => {
      const { schema } = tr.doc.type
      const attendee = schema.nodes.attendee?.create({ status: 'present', ...attrs, id: newId() })
      if (!attendee) return false
      const { pos, attendees } = readAttendance(tr.doc)
      if (pos === null) {
        const header = tr.doc.firstChild?.type.name === 'meetingHeader' ? tr.doc.firstChild.nodeSize : 0
        const list = schema.nodes.attendance?.create(null, attendee)
        if (!list) return false
        tr.insert(header, list)
        return true
      }
      const sameKind = attendees.filter((a) => a.attrs.kind === attrs.kind).at(-1) ?? attendees.at(-1)
      const at = sameKind ? sameKind.pos + (tr.doc.nodeAt(sameKind.pos)?.nodeSize ?? 1) : pos + 1
      tr.insert(at, attendee)
      return true
    })
    .run()
}
