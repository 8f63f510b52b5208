import { useMemo, useState } from 'react'
import { t } from '../i18n/strings'
import { AppLink } from './AppLink'
import { adminKeyStorage } from './adminKeyStorage'
import { createAdminApi } from './api/createAdminApi'
import { MeetingDetail } from './MeetingDetail'
import { MeetingsHome } from './MeetingsHome'
import { SignIn } from './SignIn'
import { usePath } from './usePath'

/** The operator's screens (`/`, `/meetings/:id`) behind the admin key. */
export function MeetingsApp() {
  const path = usePath()
  const [adminKey, setAdminKey] = useState(adminKeyStorage.read)
  const [notice, setNotice] = useState<string | null>(null)
  const api = useMemo(
    () =>
      adminKey &&
      createAdminApi(adminKey, () => {
        adminKeyStorage.forget()
        setNotice(t.meetings.signIn.rejected)
        setAdminKey(null)
      }),
    [adminKey],
  )
  if (!api) {
    const signIn = (key: string) => {
      adminKeyStorage.save(key)
      setNotice(null)
      setAdminKey(key)
    }
    return <SignIn notice={notice} onSignedIn={signIn} />
  }
  const signOut = () => {
    adminKeyStorage.forget()
    setAdminKey(null)
  }
  const detail = /^\/meetings\/([^/]+)\/?$/.exec(path)
  let view
  if (path === '/') view = <MeetingsHome api={api} />
  else if (detail?.[1])
    view = <MeetingDetail key={detail[1]} api={api} meetingId={decodeURIComponent(detail[1])} />
  else
    view = (
      <main className="meetings">
        <h1>{t.meetings.notFound}</h1>
        <AppLink href="/">{t.meetings.back}</AppLink>
      </main>
    )
  return (
    <>
      <header className="app-header">
        <AppLink href="/" className="app-title">
          {t.appTitle}
        </AppLink>
        <button type="button" className="sign-out" onClick={signOut}>
          {t.meetings.signOut}
        </button>
      </header>
      {view}
    </>
  )
}
