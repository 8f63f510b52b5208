import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { BenchClient } from './ServerAdapter'
import { NodeWebSocket } from './wsModule'

/** The unmodified npm y-websocket provider on `ws` (the client of our server and of the y-websocket server). */
export function connectYWebsocket(
  serverUrl: string,
  room: string,
  params: Record<string, string>,
): BenchClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    params,
    WebSocketPolyfill: NodeWebSocket,
    disableBc: true,
    maxBackoffTime: 500,
  })
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.once('sync', () => resolve())
  })
  return {
    doc,
    synced,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}
