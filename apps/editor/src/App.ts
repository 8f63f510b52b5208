import { createElement as h } from 'react'
import { Meeting } from './Meeting'
import { t } from './i18n/strings'
import { MeetingsApp } from './meetings/MeetingsApp'
import { readRoute } from './route/readRoute'

function Message({ text }: { text: string }) {
  return h('main', { className: 'message' }, h('h1', null, t.appTitle), h('p', null, text))
}

/** Opens the meeting of a `/m/:id?token=…` link; every other path is the operator's meetings screens. */
export function App() {
  const route = readRoute(window.location)
  if (!route.meetingId && !window.location.pathname.startsWith('/m/')) return h(MeetingsApp)
  if (!route.meetingId) return h(Message, { text: t.missingMeeting })
  if (!route.token) return h(Message, { text: t.missingToken })
  return h(Meeting, {
    meetingId: route.meetingId,
    token: route.token,
    role: route.role,
    name: route.name,
    userId: route.userId,
  })
}
