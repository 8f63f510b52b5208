import type { AttendeeKind } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { useId, useState, type FormEvent } from 'react'
import { t } from '../i18n/strings'
import { addAttendee } from './addAttendee'

const s = t.attendance
const EMPTY = { name: '', organisation: '', function: '' }
const KINDS: AttendeeKind[] = ['official', 'guest']

/** Adds an official or a guest to the attendance list. */
export function AddAttendeeForm({ editor }: { editor: Editor }) {
  const [kind, setKind] = useState<AttendeeKind>('guest')
  const [fields, setFields] = useState(EMPTY)
  const [error, setError] = useState(false)
  const errorId = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const name = fields.name.trim()
    if (!name) return setError(true)
    addAttendee(editor, {
      kind,
      name,
      organisation: fields.organisation.trim(),
      function: fields.function.trim(),
    })
    setFields(EMPTY)
    setError(false)
  }
  const field = (key: keyof typeof EMPTY) => ({
    value: fields[key],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value }),
  })

  return (
    <form className="add-attendee" onSubmit={submit} noValidate>
      <h3>{s.add.heading}</h3>
      <label className="field">
        {s.add.kind}
        <select value={kind} onChange={(event) => setKind(event.target.value as AttendeeKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {s.group[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {s.add.name}
        <input
          {...field('name')}
          aria-invalid={error}
          aria-describedby={error ? errorId : undefined}
          autoComplete="off"
        />
      </label>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {s.add.nameRequired}
        </p>
      )}
      <label className="field">
        {s.add.organisation}
        <input {...field('organisation')} autoComplete="off" />
      </label>
      <label className="field">
        {s.add.function}
        <input {...field('function')} autoComplete="off" />
      </label>
      <button type="submit">{s.add.submit}</button>
    </form>
  )
}
