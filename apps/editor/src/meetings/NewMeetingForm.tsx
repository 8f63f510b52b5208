import type { FormEvent } from 'react'
import { t } from '../i18n/strings'
import type { AdminApi } from './api/createAdminApi'
import { FormError } from './FormError'
import { useAction } from './useAction'

const s = t.meetings.create
const FIELDS = [
  { name: 'body', label: s.body, type: 'text', required: false },
  { name: 'title', label: s.title, type: 'text', required: true },
  { name: 'date', label: s.date, type: 'date', required: false },
  { name: 'place', label: s.place, type: 'text', required: false },
] as const

/** Creates a blank meeting from the KL/KKR template. */
export function NewMeetingForm({ api, onCreated }: { api: AdminApi; onCreated(id: string): void }) {
  const { busy, error, run } = useAction()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const field = (name: string) => String(form.get(name) ?? '').trim()
    void run(async () => {
      const { id } = await api.createMeeting({
        body: field('body'),
        title: field('title'),
        date: field('date'),
        place: field('place'),
      })
      onCreated(id)
    })
  }
  return (
    <section className="panel" aria-labelledby="new-meeting-heading">
      <h2 id="new-meeting-heading">{s.heading}</h2>
      <p>{s.intro}</p>
      <form onSubmit={submit} className="meeting-form">
        {FIELDS.map(({ name, label, type, required }) => (
          <div className="field" key={name}>
            <label htmlFor={`new-${name}`}>{label}</label>
            <input id={`new-${name}`} name={name} type={type} required={required} maxLength={500} />
          </div>
        ))}
        <button type="submit" disabled={busy}>
          {busy ? s.busy : s.submit}
        </button>
        <FormError text={error} />
      </form>
    </section>
  )
}
