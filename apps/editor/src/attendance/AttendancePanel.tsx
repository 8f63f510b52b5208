import { attendanceCounts, attendeeLine, ATTENDEE_KINDS } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useId, useState } from 'react'
import { t } from '../i18n/strings'
import { AddAttendeeForm } from './AddAttendeeForm'
import { AttendeeRow } from './AttendeeRow'
import { readAttendance, type AttendeeEntry } from './readAttendance'

const s = t.attendance

function countsOf(attendees: AttendeeEntry[]) {
  return attendanceCounts({
    content: [{ type: 'attendance', content: attendees.map(({ attrs }) => ({ type: 'attendee', attrs })) }],
  })
}

interface AttendancePanelProps {
  editor: Editor
  /** False for viewers and finalized minutes: the list is shown, not changed. */
  editable: boolean
}

/**
 * Who attends, grouped as in the minutes (members, officials, guests): a few clicks per person
 * for editors, every change an editor transaction on the attendee node.
 */
export function AttendancePanel({ editor, editable }: AttendancePanelProps) {
  const [open, setOpen] = useState(false)
  const bodyId = useId()
  const { attendees } = useEditorState({ editor, selector: ({ editor: e }) => readAttendance(e.state.doc) })
  const counts = countsOf(attendees)
  const absentMembers = attendees
    .filter((a) => a.attrs.kind === 'member' && a.attrs.status === 'absent')
    .map((a) => a.attrs.name)

  return (
    <section className="attendance-panel" aria-label={s.label}>
      <div className="attendance-summary">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? s.hide : s.show}
        </button>
        <dl className="attendance-counts" aria-label={s.counts.label} aria-live="polite">
          {(['present', 'absent', 'substitutes'] as const).map((key) => (
            <div key={key} data-count={key}>
              <dt>{s.counts[key]}</dt>
              <dd>{counts[key]}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div id={bodyId} hidden={!open}>
        {attendees.length === 0 && <p>{s.empty}</p>}
        {ATTENDEE_KINDS.map((kind) => {
          const group = attendees.filter((a) => a.attrs.kind === kind)
          if (group.length === 0) return null
          return (
            <div key={kind} className="attendee-group">
              <h3>{s.group[kind]}</h3>
              <ul>
                {group.map((entry) =>
                  editable ? (
                    <AttendeeRow
                      key={entry.attrs.id || entry.pos}
                      editor={editor}
                      entry={entry}
                      absentMembers={absentMembers}
                    />
                  ) : (
                    <li key={entry.attrs.id || entry.pos}>
                      {attendeeLine(entry.attrs)} – {s.status[entry.attrs.status] ?? entry.attrs.status}
                    </li>
                  ),
                )}
              </ul>
            </div>
          )
        })}
        {editable && <AddAttendeeForm editor={editor} />}
      </div>
    </section>
  )
}
