import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import type { FastifyBaseLogger as Logger } from 'fastify'
import { WebSocketServer } from 'ws'
import { isRevoked } from '../auth/isRevoked'
import { TokenError, verifyToken } from '../auth/verifyToken'
import type { Limits } from '../config/ServerOptions'
import type { ServerMetrics } from '../metrics/createMetrics'
import { CorruptDocumentError } from '../store/CorruptDocumentError'
import type { MeetingStore } from '../store/MeetingStore'
import { Connection } from './Connection'
import type { MeetingRegistry } from './MeetingRegistry'
import { rejectUpgrade } from './rejectUpgrade'

export interface SyncServerOptions {
  secret: Uint8Array
  limits: Limits
  keepaliveMs: number
  store: MeetingStore
  registry: MeetingRegistry
  metrics: ServerMetrics
  log: Logger
}

const COLLAB_PATH = /^\/collab\/([^/?]+)$/

/** The y-websocket endpoint `/collab/:meetingId?token=…`: authenticates and applies caps before `handleUpgrade`. */
export class SyncServer {
  readonly connections = new Set<Connection>()
  private readonly perIp = new Map<string, number>()
  private readonly wss: WebSocketServer
  private readonly keepalive: NodeJS.Timeout

  constructor(
    http: Server,
    private readonly o: SyncServerOptions,
  ) {
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: o.limits.maxFrameBytes,
      perMessageDeflate: false,
    })
    http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy())
      this.upgrade(req, socket, head).catch((error: Error) => {
        o.log.error({ err: error }, 'upgrade failed')
        rejectUpgrade(socket, 500, 'Internal error.')
      })
    })
    this.keepalive = setInterval(() => this.ping(), o.keepaliveMs)
    this.keepalive.unref()
  }

  /** Closes every socket with 1012 so clients reconnect to the next server. */
  async close(): Promise<void> {
    clearInterval(this.keepalive)
    const sockets = [...this.connections].map((connection) => connection.ws)
    const closed = sockets.map(
      (ws) =>
        new Promise((resolve) => (ws.readyState === ws.CLOSED ? resolve(null) : ws.once('close', resolve))),
    )
    for (const connection of [...this.connections]) connection.close('shutdown')
    await Promise.all(closed)
    this.wss.close()
  }

  /** Closes the sockets of `userId` in the meeting (access revoked or role changed); returns how many. */
  disconnectUser(meetingId: string, userId: string): number {
    const theirs = [...this.connections].filter(
      (c) => c.meeting.id === meetingId && c.claims.userId === userId,
    )
    for (const connection of theirs) connection.close('revoked')
    return theirs.length
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const meetingId = COLLAB_PATH.exec(url.pathname)?.[1]
    if (!meetingId) return rejectUpgrade(socket, 404, 'Unknown path; use /collab/:meetingId.')
    const id = decodeURIComponent(meetingId)
    let claims
    try {
      claims = await verifyToken(this.o.secret, url.searchParams.get('token'), id)
      if (isRevoked(this.o.store, claims)) throw new TokenError('The token has been revoked.', 401)
    } catch (error) {
      if (!(error instanceof TokenError)) throw error
      return rejectUpgrade(socket, error.status, error.message)
    }
    if (!this.o.store.getMeeting(id)) return rejectUpgrade(socket, 404, `No meeting ${id}.`)
    const ip = req.socket.remoteAddress ?? 'unknown'
    if ((this.perIp.get(ip) ?? 0) >= this.o.limits.maxConnectionsPerIp) {
      this.o.metrics.rejected.inc({ reason: 'ipConnections' })
      return rejectUpgrade(socket, 429, 'Too many connections from this address.')
    }
    let meeting
    try {
      meeting = this.o.registry.acquire(id)
    } catch (error) {
      const corrupt = error instanceof CorruptDocumentError
      this.o.log.error({ err: error, meeting: id }, 'meeting could not be loaded')
      this.o.metrics.rejected.inc({ reason: 'loadFailed' })
      return rejectUpgrade(
        socket,
        corrupt ? 500 : 503,
        `The meeting could not be loaded: ${(error as Error).message}`,
      )
    }
    if (meeting.peers.size + meeting.pending >= this.o.limits.maxConnectionsPerMeeting) {
      this.o.registry.release(meeting)
      this.o.metrics.rejected.inc({ reason: 'meetingConnections' })
      return rejectUpgrade(socket, 429, 'Too many connections to this meeting.')
    }
    meeting.pending++
    this.perIp.set(ip, (this.perIp.get(ip) ?? 0) + 1)
    let settled = false
    const settle = (attached: boolean) => {
      if (settled) return
      settled = true
      meeting.pending--
      if (!attached) this.forget(ip, meeting)
    }
    socket.once('close', () => settle(false))
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      settle(true)
      const connection = new Connection(ws, meeting, claims, ip, url.searchParams.get('ack') === '1', {
        limits: this.o.limits,
        metrics: this.o.metrics,
        log: this.o.log,
        onClose: (closed) => {
          this.connections.delete(closed)
          meeting.peers.delete(closed)
          this.o.metrics.connections.set(this.connections.size)
          this.forget(ip, meeting)
        },
      })
      this.connections.add(connection)
      meeting.peers.add(connection)
      this.o.metrics.connections.set(this.connections.size)
    })
  }

  private forget(ip: string, meeting: { id: string } & Parameters<MeetingRegistry['release']>[0]): void {
    const left = (this.perIp.get(ip) ?? 1) - 1
    if (left > 0) this.perIp.set(ip, left)
    else this.perIp.delete(ip)
    this.o.registry.release(meeting)
  }

  private ping(): void {
    for (const connection of this.connections) {
      if (!connection.alive) {
        this.o.metrics.closes.inc({ code: '1006', reason: 'noPong' })
        connection.ws.terminate()
        continue
      }
      connection.alive = false
      connection.ws.ping()
    }
  }
}
