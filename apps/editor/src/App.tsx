import { Meeting } from './Meeting'
import { t } from './i18n/strings'
import { MeetingsApp } from './meetings/MeetingsApp'
import { readRoute } from './route/readRoute'

function Message({ text }: { text: string }) {
  return (
    <main className="message">
      <h1>{t.appTitle}</h1>
      <p>{text}</p>
    </main>
  )
}

/** Opens the meeting of a `/m/:id?token=…` link; every other path is the operator's meetings screens. */
export function App() {
  const route = readRoute(window.location)
  if (!route.meetingId && !window.location.pathname.startsWith('/m/')) return <MeetingsApp />
  if (!route.meetingId) return <Message text={t.missingMeeting} />
  if (!route.token) return <Message text={t.missingToken} />
  return (
    <Meeting
      meetingId={route.meetingId}
      token={route.token}
      role={route.role}
      name={route.name}
      userId={route.userId}
    />
  )
}
