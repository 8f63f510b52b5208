import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { FastifyBaseLogger as Logger } from 'fastify'
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type WebSocket from 'ws'
import { canWrite, type TokenClaims } from '../auth/TokenClaims'
import type { Limits } from '../config/ServerOptions'
import type { ServerMetrics } from '../metrics/createMetrics'
import { AwarenessGate } from './AwarenessGate'
import { CLOSE, type CloseReason } from './closeCodes'
import { awarenessMessage, permissionDeniedMessage, savedMessage } from './encodeMessages'
import type { Meeting } from './Meeting'
import {
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
} from './messageTypes'
import type { Peer } from './Peer'
import { protocolErrorClose } from './protocolErrorClose'
import { TokenBucket } from './TokenBucket'
import { writesSomethingNew } from './writesSomethingNew'

export interface ConnectionContext {
  limits: Limits
  metrics: ServerMetrics
  log: Logger
  onClose(connection: Connection): void
}

const MAX_TIMER_MS = 2 ** 31 - 1
const CLOSE_HANDSHAKE_MS = 1000

/** One socket of one client in one meeting: decodes y-websocket frames and enforces the role. */
export class Connection implements Peer {
  alive = true
  private closed = false
  private readonly bucket: TokenBucket
  private readonly awarenessGate: AwarenessGate
  private readonly expiry: NodeJS.Timeout

  constructor(
    readonly ws: WebSocket,
    readonly meeting: Meeting,
    readonly claims: TokenClaims,
    readonly ip: string,
    private readonly wantsAck: boolean,
    private readonly ctx: ConnectionContext,
  ) {
    this.bucket = new TokenBucket(ctx.limits.maxMessagesPerSecond)
    this.expiry = setTimeout(
      () => this.close('tokenExpired'),
      Math.min(MAX_TIMER_MS, claims.expiresAt * 1000 - Date.now()),
    )
    this.awarenessGate = new AwarenessGate({
      claims,
      owners: meeting.awarenessOwners,
      owner: this,
      awareness: meeting.awareness,
      maxIds: ctx.limits.maxAwarenessIdsPerConnection,
      maxStateBytes: ctx.limits.maxAwarenessStateBytes,
    })
    ws.binaryType = 'nodebuffer'
    ws.on('message', (data: Buffer, isBinary) => this.receive(data, isBinary))
    ws.on('pong', () => (this.alive = true))
    ws.on('close', () => this.cleanup())
    ws.on('error', (error) => {
      ctx.log.warn({ err: error, meeting: meeting.id }, 'socket error')
      const closed = protocolErrorClose(error)
      if (closed) ctx.metrics.closes.inc({ code: String(closed.code), reason: closed.reason })
    })
    this.greet()
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return
    if (this.ws.bufferedAmount > this.ctx.limits.maxBufferedBytes) return this.close('slowClient')
    this.ws.send(message, (error) => error && this.close('slowClient'))
  }

  saved(seq: number): void {
    if (this.wantsAck) this.send(savedMessage(seq))
  }

  close(reason: CloseReason): void {
    if (this.closed) return
    const { code, reason: text } = CLOSE[reason]
    if (reason !== 'shutdown' && reason !== 'meetingUnloaded') this.ctx.metrics.rejected.inc({ reason })
    this.ctx.metrics.closes.inc({ code: String(code), reason })
    this.ctx.log.info({ meeting: this.meeting.id, user: this.claims.userId, ip: this.ip, code }, text)
    this.ws.close(code, text)
    // A peer that does not answer the closing handshake (a stalled or hostile one) is cut off.
    setTimeout(() => this.ws.terminate(), CLOSE_HANDSHAKE_MS).unref()
    this.cleanup()
  }

  private greet(): void {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    encoding.writeVarUint(encoder, SYNC_STEP_1)
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.meeting.doc))
    this.send(encoding.toUint8Array(encoder))
    const states = [...this.meeting.awareness.getStates().keys()]
    if (states.length > 0) this.send(awarenessMessage(encodeAwarenessUpdate(this.meeting.awareness, states)))
  }

  private receive(data: Buffer, isBinary: boolean): void {
    if (this.closed) return
    if (!this.bucket.take()) return this.close('rateLimited')
    if (!isBinary) return this.close('malformed')
    try {
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
      const type = decoding.readVarUint(decoder)
      if (type === MESSAGE_SYNC) this.receiveSync(decoder)
      else if (type === MESSAGE_AWARENESS) this.receiveAwareness(decoding.readVarUint8Array(decoder))
      else if (type === MESSAGE_QUERY_AWARENESS) {
        const states = [...this.meeting.awareness.getStates().keys()]
        this.send(awarenessMessage(encodeAwarenessUpdate(this.meeting.awareness, states)))
      } else throw new Error(`unknown message type ${type}`)
    } catch (error) {
      this.ctx.log.warn({ meeting: this.meeting.id, ip: this.ip, err: error }, 'malformed message')
      this.close('malformed')
    }
  }

  private receiveSync(decoder: decoding.Decoder): void {
    const step = decoding.readVarUint(decoder)
    if (step === SYNC_STEP_1) {
      const diff = Y.encodeStateAsUpdate(this.meeting.doc, decoding.readVarUint8Array(decoder))
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MESSAGE_SYNC)
      encoding.writeVarUint(encoder, SYNC_STEP_2)
      encoding.writeVarUint8Array(encoder, diff)
      return this.send(encoding.toUint8Array(encoder))
    }
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) throw new Error(`unknown sync step ${step}`)
    const update = decoding.readVarUint8Array(decoder)
    if (!canWrite(this.claims.role) || this.meeting.finalized) return this.refuseWrite(update)
    const result = this.meeting.applyClientUpdate(update, this)
    if (!result.ok) this.close(result.reason)
  }

  private receiveAwareness(update: Uint8Array): void {
    const { update: allowed, refused } = this.awarenessGate.filter(update)
    for (const { clientID, why } of refused) {
      this.ctx.log.debug(
        { meeting: this.meeting.id, user: this.claims.userId, clientID },
        `awareness dropped: ${why}`,
      )
    }
    if (refused.length > 0) this.ctx.metrics.rejected.inc({ reason: 'awareness' }, refused.length)
    if (allowed) applyAwarenessUpdate(this.meeting.awareness, allowed, this)
  }

  private refuseWrite(update: Uint8Array): void {
    if (!writesSomethingNew(update, this.meeting.doc)) return
    this.ctx.metrics.rejected.inc({ reason: 'readOnly' })
    const why = this.meeting.finalized ? 'the minutes are finalized' : 'read-only access'
    this.send(permissionDeniedMessage(`Update refused: ${why}.`))
  }

  private cleanup(): void {
    if (this.closed) return
    this.closed = true
    clearTimeout(this.expiry)
    removeAwarenessStates(this.meeting.awareness, this.awarenessGate.release(), null)
    this.ctx.onClose(this)
  }
}
