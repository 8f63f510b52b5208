import { useState, type FormEvent } from 'react'
import { t } from '../i18n/strings'
import type { Role } from '../route/Role'
import type { AdminApi } from './api/createAdminApi'
import { FormError } from './FormError'
import { freshUserId } from './freshUserId'
import { meetingLink } from './meetingLink'
import { SharedLink } from './SharedLink'
import { useAction } from './useAction'

const s = t.meetings.share
const ROLES: Role[] = ['editor', 'chair', 'viewer']
// Links are often handed out days before the meeting; the server allows at most 30 days.
const VALIDITY_DAYS = [1, 7, 30]
const DAY_SECONDS = 24 * 60 * 60

interface Made {
  userId: string
  label: string
  url: string
}

/** Personal links: a named person with a role gets a token of their own, so the editor can show who is where. */
export function ShareMeeting({ api, meetingId }: { api: AdminApi; meetingId: string }) {
  const { busy, error, run } = useAction()
  const [made, setMade] = useState<Made[]>([])
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formElement = event.currentTarget
    const form = new FormData(formElement)
    const name = String(form.get('name') ?? '').trim()
    const role = String(form.get('role')) as Role
    const ttlSeconds = Number(form.get('days')) * DAY_SECONDS
    void run(async () => {
      const userId = freshUserId()
      const token = await api.mintToken(meetingId, { userId, name, role, ttlSeconds })
      const link = { userId, label: s.linkFor(name, s.roles[role]), url: meetingLink(meetingId, token) }
      setMade((links) => [link, ...links])
      formElement.reset()
    })
  }
  return (
    <section className="panel" aria-labelledby="share-heading">
      <h2 id="share-heading">{s.heading}</h2>
      <p>{s.intro}</p>
      <form onSubmit={submit} className="meeting-form share-form">
        <div className="field">
          <label htmlFor="share-name">{s.name}</label>
          <input id="share-name" name="name" type="text" required maxLength={200} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="share-role">{s.role}</label>
          <select id="share-role" name="role" defaultValue="editor">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {s.roles[role]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="share-days">{s.validity}</label>
          <select id="share-days" name="days" defaultValue="7">
            {VALIDITY_DAYS.map((days) => (
              <option key={days} value={days}>
                {s.days(days)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? s.busy : s.submit}
        </button>
        <FormError text={error} />
      </form>
      {made.length > 0 && (
        <>
          <h3>{s.links}</h3>
          <ul className="shared-links">
            {made.map((link) => (
              <SharedLink
                key={link.userId}
                label={link.label}
                url={link.url}
                revoke={() => api.revokeUser(meetingId, link.userId)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
