import { useMemo } from 'react'
import { ConnectionStatus } from './collab/ConnectionStatus'
import { PresenceList } from './collab/PresenceList'
import { useCollaboration } from './collab/useCollaboration'
import { usePresence } from './collab/usePresence'
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
  userId: string
}

/** One meeting: header with role and connection state, then the collaborative minutes. */
export function Meeting({ meetingId, token, role, name, userId }: MeetingProps) {
  // A shared role link's token is named after its role; others see it as that role's Danish name.
  const displayName = name && name !== role ? name : t.role[role]
  const person = useMemo(() => ({ id: userId, name: displayName }), [userId, displayName])
  const collab = useCollaboration(meetingId, token, person)
  const presence = usePresence(collab?.provider.awareness)
  const who = name && name !== role ? `${t.role[role]} – ${name}` : t.role[role]
  return (
    <>
      <header className="app-header">
        <h1>{t.appTitle}</h1>
        <span className="role">{who}</span>
        <PresenceList presence={presence} />
        <ConnectionStatus state={collab?.state ?? 'connecting'} />
        <ExportLinks meetingId={meetingId} token={token} />
        <HelpButton />
        <LanguagePicker />
      </header>
      {collab ? (
        <MinutesEditor
          doc={collab.doc}
          canWrite={role !== 'viewer'}
          chair={role === 'chair' ? { meetingId, token } : undefined}
          collaboration={{
            provider: collab.provider,
            user: collab.user,
            presence,
            isSynced: collab.isSynced,
          }}
        />
      ) : (
        <p>{t.loading}</p>
      )}
    </>
  )
}
