import type { EventEmitter } from 'node:events'
import type { IncomingMessage } from 'node:http'
import { createRequire } from 'node:module'
import type { Duplex } from 'node:stream'

/*
 * `ws` without @types/ws (the bench package has no dependency on it): loaded through require and typed with
 * the little the launchers and clients use.
 */
interface WebSocketServerLike extends EventEmitter {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, done: (ws: unknown) => void): void
}

interface WsClient {
  on(event: 'error', listener: () => void): void
}

const ws = createRequire(import.meta.url)('ws') as {
  WebSocketServer: new (options: { noServer: true }) => WebSocketServerLike
} & (new (url: string, protocols?: string | string[]) => WsClient)

export const WebSocketServer = ws.WebSocketServer

/**
 * The `ws` client class as the providers' WebSocket polyfill. A client closed before it connected (churn)
 * emits 'error', which the Hocuspocus provider does not listen for; the provider sees the close anyway.
 */
class QuietWebSocket extends ws {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols)
    this.on('error', () => {})
  }
}
export const NodeWebSocket = QuietWebSocket as unknown as typeof globalThis.WebSocket
