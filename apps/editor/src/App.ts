import { createElement as h } from 'react'
import { Meeting } from './Meeting'
import { da } from './i18n/da'
import { readRoute } from './route/readRoute'

function Message({ text }: { text: string }) {
  return h('main', { className: 'message' }, h('h1', null, da.appTitle), h('p', null, text))
}

/** Opens the meeting of a `/m/:id?token=…` link. */
export function App() {
  const route = readRoute(window.location)
  if (!route.meetingId) return h(Message, { text: da.missingMeeting })
  if (!route.token) return h(Message, { text: da.missingToken })
  return h(Meeting, { meetingId: route.meetingId, token: route.token, role: route.role, name: route.name })
}
