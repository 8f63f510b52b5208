import type { FastifyBaseLogger as Logger } from 'fastify'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { loadYDoc } from '../document/loadYDoc'
import { APPROVALS, META, isFinalized } from '../document/serverOwned'
import type { ServerMetrics } from '../metrics/createMetrics'
import type { MeetingStore } from '../store/MeetingStore'
import type { CloseReason } from './closeCodes'
import { awarenessMessage, syncUpdateMessage } from './encodeMessages'
import type { GroupCommit } from './GroupCommit'
import type { Peer } from './Peer'

export interface MeetingContext {
  store: MeetingStore
  commits: GroupCommit
  metrics: ServerMetrics
  log: Logger
  maxDocumentBytes: number
  compactAfterUpdates: number
}

export type ApplyResult = { ok: true } | { ok: false; reason: CloseReason }
export type ServerChangeResult = { ok: true; seq: number | null } | { ok: false; reason: CloseReason }

const SERVER = Symbol('server')

/**
 * One loaded meeting: the live Y.Doc, its awareness, and a shadow copy that every incoming update is
 * tried on first, so a malformed or forbidden update never reaches the live doc, the store or a peer.
 * The shadow runs ahead of the live doc by the updates waiting for their group commit; the live doc (what
 * peers see and joiners sync from) only ever holds stored updates.
 */
export class Meeting {
  readonly doc: Y.Doc
  readonly awareness: Awareness
  /** Awareness client ids by the connection that introduced them (see AwarenessGate). */
  readonly awarenessOwners = new Map<number, Peer>()
  readonly peers = new Set<Peer>()
  /** Upgrades authenticated but not yet attached; keeps the meeting from unloading under them. */
  pending = 0
  /** Built at the first write, so a meeting that is only read (and every cold join) skips the copy. */
  private shadowDoc: Y.Doc | null = null
  /** Accepted on the shadow, waiting for their group commit, in order. */
  private readonly unstored: Uint8Array[] = []
  private bytes: number
  private logLength: number
  private lastSeq: number
  private compacting = false
  private destroyed = false

  constructor(
    readonly id: string,
    private readonly ctx: MeetingContext,
  ) {
    const stored = ctx.store.loadDocument(id)
    this.doc = loadYDoc(id, stored)
    this.bytes = stored.bytes
    this.logLength = stored.updates.length
    this.lastSeq = stored.lastSeq
    this.awareness = new Awareness(this.doc)
    this.awareness.setLocalState(null)
    this.doc.on('update', (update: Uint8Array, origin: unknown) =>
      this.broadcast(syncUpdateMessage(update), origin),
    )
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = [...added, ...updated, ...removed]
      this.broadcast(awarenessMessage(encodeAwarenessUpdate(this.awareness, changed)), origin)
    })
  }

  get finalized(): boolean {
    return isFinalized(this.doc)
  }

  /**
   * Tries `update` on the shadow and queues it for the next group commit; once stored it is applied to the
   * live doc (which broadcasts) and the origin is told its sequence number.
   */
  applyClientUpdate(update: Uint8Array, origin: Peer): ApplyResult {
    if (isEmptyUpdate(update)) return { ok: true }
    if (this.bytes + this.unstoredBytes() + update.byteLength > this.ctx.maxDocumentBytes) {
      return { ok: false, reason: 'tooLarge' }
    }
    const tried = this.tryOnShadow(() => Y.applyUpdate(this.shadow, update))
    if (!tried.ok) return tried
    if (tried.changed) this.enqueue(update, origin)
    return { ok: true }
  }

  /**
   * A change by the server itself (approvals, finalize): made on the shadow, then stored at once together
   * with whatever clients' updates are queued, and applied live.
   */
  applyServerChange(change: (doc: Y.Doc) => void): ServerChangeResult {
    let update: Uint8Array | null = null
    const capture = (u: Uint8Array) => (update = u)
    this.shadow.on('update', capture)
    try {
      this.shadow.transact(() => change(this.shadow), SERVER)
    } finally {
      this.shadow.off('update', capture)
    }
    if (!update) return { ok: true, seq: null }
    let result: ServerChangeResult = { ok: false, reason: 'storeFailed' }
    this.enqueue(update, SERVER, (seq) => (result = { ok: true, seq }))
    this.ctx.commits.flush()
    return result
  }

  destroy(): void {
    if (this.destroyed) return
    if (this.unstored.length > 0) this.ctx.commits.flush()
    this.destroyed = true
    this.awareness.destroy()
    this.doc.destroy()
    this.shadowDoc?.destroy()
  }

  private enqueue(update: Uint8Array, origin: Peer | typeof SERVER, onStored?: (seq: number) => void): void {
    this.unstored.push(update)
    this.ctx.commits.add({
      meetingId: this.id,
      update,
      stored: (seq) => {
        this.unstored.shift()
        this.release(update, origin, seq)
        onStored?.(seq)
      },
      failed: () => {
        this.unstored.shift()
        // The failed batch held every update of this meeting not yet stored: the shadow forgets them all.
        if (this.unstored.length === 0 && !this.destroyed) this.resetShadow()
        if (origin !== SERVER) origin.close('storeFailed')
      },
    })
  }

  private unstoredBytes(): number {
    return this.unstored.reduce((sum, update) => sum + update.byteLength, 0)
  }

  private release(update: Uint8Array, origin: Peer | typeof SERVER, seq: number): void {
    if (this.destroyed) return
    Y.applyUpdate(this.doc, update, origin)
    this.ctx.metrics.updates.inc()
    this.bytes += update.byteLength
    this.logLength++
    this.lastSeq = seq
    if (origin !== SERVER) origin.saved(seq)
    if (this.logLength >= this.ctx.compactAfterUpdates) this.scheduleCompaction()
  }

  private tryOnShadow(
    apply: () => void,
  ): { ok: true; changed: boolean } | { ok: false; reason: CloseReason } {
    let changed = false
    let touchesOwned = false
    const owned = new Set<unknown>([this.shadow.getMap(APPROVALS), this.shadow.getMap(META)])
    const watch = (tr: Y.Transaction) => {
      changed ||= tr.changed.size > 0 || tr.deleteSet.clients.size > 0 || grew(tr)
      touchesOwned ||= [...tr.changed.keys()].some((type) => owned.has(type))
    }
    this.shadow.on('afterTransaction', watch)
    let reason: CloseReason | null = null
    try {
      apply()
      if (touchesOwned) reason = 'serverOwned'
      else if (this.shadow.store.pendingStructs || this.shadow.store.pendingDs) reason = 'outOfOrder'
    } catch {
      reason = 'malformed'
    } finally {
      this.shadow.off('afterTransaction', watch)
    }
    if (reason === null) return { ok: true, changed }
    // Most refused updates fail while decoding and leave the shadow as it was; rebuilding it costs O(document).
    if (changed) this.resetShadow()
    else {
      this.shadow.store.pendingStructs = null
      this.shadow.store.pendingDs = null
    }
    return { ok: false, reason }
  }

  private get shadow(): Y.Doc {
    if (!this.shadowDoc) {
      this.shadowDoc = new Y.Doc()
      Y.applyUpdate(this.shadowDoc, Y.encodeStateAsUpdate(this.doc))
      for (const update of this.unstored) Y.applyUpdate(this.shadowDoc, update)
    }
    return this.shadowDoc
  }

  /** Rebuilt from the live doc and the updates still waiting to be stored, when next needed. */
  private resetShadow(): void {
    this.shadowDoc?.destroy()
    this.shadowDoc = null
  }

  private broadcast(message: Uint8Array, origin: unknown): void {
    for (const peer of this.peers) if (peer !== origin) peer.send(message)
  }

  private scheduleCompaction(): void {
    if (this.compacting) return
    this.compacting = true
    setImmediate(() => {
      try {
        if (this.destroyed) return
        const snapshot = Y.encodeStateAsUpdate(this.doc)
        this.ctx.store.compact(this.id, snapshot, this.lastSeq)
        this.bytes = snapshot.byteLength
        this.logLength = 0
      } catch (error) {
        this.ctx.log.error({ err: error, meeting: this.id }, 'compaction failed')
      } finally {
        this.compacting = false
      }
    })
  }
}

/** What a client sends when it has nothing the server lacks: no structs, no deletions. */
const isEmptyUpdate = (update: Uint8Array): boolean =>
  update.byteLength === 2 && update[0] === 0 && update[1] === 0

const grew = (tr: Y.Transaction): boolean =>
  [...tr.afterState].some(([client, clock]) => clock !== (tr.beforeState.get(client) ?? 0))

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}
