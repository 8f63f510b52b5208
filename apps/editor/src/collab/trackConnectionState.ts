import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import type { ConnectionState } from './ConnectionState'
import { MESSAGE_SAVED } from './MESSAGE_SAVED'

/**
 * Derives the connection state from the unmodified provider: its `status`, `sync` and `connection-*`
 * events, plus the server's ack (one per stored update) through the provider's per-instance
 * `messageHandlers` table. Returns a function that stops tracking.
 */
export function trackConnectionState(
  doc: Y.Doc,
  provider: WebsocketProvider,
  onChange: (state: ConnectionState) => void,
): () => void {
  let sent = 0
  let acked = 0
  let lostConnection = false
  const report = () => {
    if (!provider.wsconnected) onChange(lostConnection || !navigator.onLine ? 'offline' : 'connecting')
    else if (!provider.synced) onChange('connected')
    else onChange(acked >= sent ? 'saved' : 'saving')
  }
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    decoding.readVarUint(decoder)
    acked += 1
    report()
  }
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return
    sent += 1
    report()
  }
  // A resync sends everything the server lacks in one step, which it acks at most once.
  const onSync = (synced: boolean) => {
    if (synced) acked = sent
    report()
  }
  const onLost = () => {
    lostConnection = true
    report()
  }
  doc.on('update', onUpdate)
  provider.on('status', report)
  provider.on('sync', onSync)
  provider.on('connection-close', onLost)
  provider.on('connection-error', onLost)
  window.addEventListener('offline', report)
  report()
  return () => {
    doc.off('update', onUpdate)
    provider.off('status', report)
    provider.off('sync', onSync)
    provider.off('connection-close', onLost)
    provider.off('connection-error', onLost)
    window.removeEventListener('offline', report)
  }
}
