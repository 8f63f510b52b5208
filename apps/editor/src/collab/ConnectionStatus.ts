import { createElement as h } from 'react'
import { da } from '../i18n/da'
import type { ConnectionState } from './ConnectionState'

const labels: Record<ConnectionState, string> = {
  connecting: da.connection.connecting,
  offline: da.connection.offline,
  saving: da.connection.saving,
  saved: da.connection.saved,
}

/** Always-visible connection and save state, announced politely to screen readers. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  return h(
    'p',
    {
      className: `connection connection-${state}`,
      role: 'status',
      'aria-live': 'polite',
      'data-state': state,
    },
    labels[state],
  )
}
