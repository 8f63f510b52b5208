import type { WebsocketProvider } from 'y-websocket'

/**
 * Disconnects when the browser goes offline and reconnects when it is back. An open WebSocket can
 * outlive a dropped network for a long time (until the provider's 30 s silence watchdog); leaving
 * it open would show "saved" for edits that cannot reach the server.
 */
export function followNetwork(provider: WebsocketProvider): () => void {
  const offline = () => provider.disconnect()
  const online = () => provider.connect()
  window.addEventListener('offline', offline)
  window.addEventListener('online', online)
  return () => {
    window.removeEventListener('offline', offline)
    window.removeEventListener('online', online)
  }
}
