import { createElement as h, Fragment } from 'react'
import { ConnectionStatus } from './collab/ConnectionStatus'
import { useCollaboration } from './collab/useCollaboration'
import { MinutesEditor } from './editor/MinutesEditor'
import { ExportLinks } from './ExportLinks'
import { LanguagePicker } from './i18n/LanguagePicker'
import { t } from './i18n/strings'
import { HelpButton } from './shortcuts/HelpButton'
import type { Role } from './route/Role'

interface MeetingProps {
  meetingId: string
  token: string
  role: Role
  name: string
}

/** One meeting: header with role and connection state, then the collaborative minutes. */
export function Meeting({ meetingId, token, role, name }: MeetingProps) {
  const collab = useCollaboration(meetingId, token)
  const who = name && name !== role ? `${t.role[role]} – ${name}` : t.role[role]
  return h(
    Fragment,
    null,
    h(
      'header',
      { className: 'app-header' },
      h('h1', null, t.appTitle),
      h('span', { className: 'role' }, who),
      h(ConnectionStatus, { state: collab?.state ?? 'connecting' }),
      h(ExportLinks, { meetingId, token }),
      h(HelpButton),
      h(LanguagePicker),
    ),
    collab ? h(MinutesEditor, { doc: collab.doc, canWrite: role !== 'viewer' }) : h('p', null, t.loading),
  )
}
