import { t } from '../i18n/strings'
import type { ConnectionState } from './ConnectionState'

const labels: Record<ConnectionState, string> = {
  connecting: t.connection.connecting,
  connected: t.connection.connected,
  offline: t.connection.offline,
  saving: t.connection.saving,
  saved: t.connection.saved,
}

/** Always-visible connection and save state, announced politely to screen readers. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  return (
    <p className={`connection connection-${state}`} role="status" aria-live="polite" data-state={state}>
      {labels[state]}
    </p>
  )
}
