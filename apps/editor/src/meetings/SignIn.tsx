import type { FormEvent } from 'react'
import { t } from '../i18n/strings'
import { ApiError } from './api/ApiError'
import { apiErrorText } from './api/apiErrorText'
import { createAdminApi } from './api/createAdminApi'
import { FormError } from './FormError'
import { useAction } from './useAction'

const s = t.meetings.signIn

/** Asks for the operator's admin key and checks it against the server before accepting it. */
export function SignIn({ notice, onSignedIn }: { notice: string | null; onSignedIn(key: string): void }) {
  const { busy, error, run } = useAction()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const key = String(new FormData(event.currentTarget).get('adminKey') ?? '').trim()
    void run(
      async () => {
        await createAdminApi(key, () => {}).listMeetings()
        onSignedIn(key)
      },
      (failure) =>
        failure instanceof ApiError && failure.status === 401 ? s.wrongKey : apiErrorText(failure),
    )
  }
  const shown = error ?? notice
  return (
    <main className="meetings sign-in">
      <h1>{s.heading}</h1>
      <p id="sign-in-intro">{s.intro}</p>
      <form onSubmit={submit} className="meeting-form">
        <label htmlFor="admin-key">{s.key}</label>
        <input
          id="admin-key"
          name="adminKey"
          type="password"
          required
          autoComplete="current-password"
          aria-describedby="sign-in-intro"
          aria-invalid={shown ? true : undefined}
        />
        <button type="submit" disabled={busy}>
          {busy ? s.busy : s.submit}
        </button>
        <FormError text={shown} />
      </form>
    </main>
  )
}
