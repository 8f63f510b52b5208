import { ATTENDEE_STATUSES, type AttendeeAttributes, type AttendeeStatus } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { t } from '../i18n/strings'
import type { AttendeeEntry } from './readAttendance'
import { updateAttendee } from './updateAttendee'

const s = t.attendance

/** `Hans Ejner Bertelsen (V) Morsø Kommune, formand`: who the person is, without the status. */
export function describeAttendee(a: AttendeeAttributes): string {
  const facts = [a.organisation, a.function, a.role && a.role !== 'medlem' ? a.role : ''].filter(Boolean)
  return [a.party ? `${a.name} (${a.party})` : a.name, ...facts].join(', ')
}

interface AttendeeRowProps {
  editor: Editor
  entry: AttendeeEntry
  /** Names of the members with afbud, whom a substitute can stand in for. */
  absentMembers: string[]
}

/** One person's status as radio buttons (arrow keys move between them), and "for whom" for a substitute. */
export function AttendeeRow({ editor, entry, absentMembers }: AttendeeRowProps) {
  const { attrs } = entry
  const key = attrs.id || String(entry.pos)
  const statuses = attrs.kind === 'member' ? ATTENDEE_STATUSES : ATTENDEE_STATUSES.slice(0, 2)
  const setStatus = (status: AttendeeStatus) =>
    updateAttendee(editor, entry, {
      status,
      substituteFor: status === 'substitute' ? attrs.substituteFor : '',
    })
  const choices =
    attrs.substituteFor && !absentMembers.includes(attrs.substituteFor)
      ? [attrs.substituteFor, ...absentMembers]
      : absentMembers

  return (
    <li>
      <fieldset className="attendee-row" data-status={attrs.status}>
        <legend>{describeAttendee(attrs)}</legend>
        <div className="attendee-statuses">
          {statuses.map((status) => (
            <label key={status}>
              <input
                type="radio"
                name={`status-${key}`}
                value={status}
                checked={attrs.status === status}
                onChange={() => setStatus(status)}
              />
              {s.status[status]}
            </label>
          ))}
        </div>
        {attrs.status === 'substitute' && (
          <label className="attendee-substitute-for">
            {s.substituteFor}
            <select
              value={attrs.substituteFor}
              onChange={(event) => updateAttendee(editor, entry, { substituteFor: event.target.value })}
            >
              <option value="">{s.chooseMember}</option>
              {choices.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
    </li>
  )
}
