import * as Y from 'yjs'
import type { Client } from './createClient'

/** Transaction origin of updates the network delivers; they are never sent on again. */
export const REMOTE = Symbol('remote')

interface Link {
  from: number
  to: number
  queue: Uint8Array[]
  heldRounds: number
}

/**
 * A mesh of one-way links, one queue per ordered pair of clients. Each local update is queued on
 * every outgoing link; the scenario decides which queued update arrives when, so updates arrive
 * out of order, late, or not until a partition heals. A healed link reconnects the way y-websocket
 * does: each side sends the other what its state vector lacks (sync step 2).
 */
export class SimulatedNetwork {
  readonly links: Link[] = []
  private readonly cut = new Set<Link>()
  /** Sync exchanges that found a client whose state had stalled on updates Yjs kept pending. */
  stalledRepairs = 0

  /** `receive` applies an update on the receiving side (so a caller can watch what that causes). */
  constructor(
    private readonly clients: Client[],
    private readonly receive: (to: number, apply: () => void) => void = (_, apply) => apply(),
  ) {
    for (const from of clients) {
      for (const to of clients) {
        if (from !== to) this.links.push({ from: from.index, to: to.index, queue: [], heldRounds: 0 })
      }
      from.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE) return
        for (const link of this.links) if (link.from === from.index) link.queue.push(update)
      })
    }
  }

  /** Cuts every link between the clients inside `side` and the others. */
  partition(side: (index: number) => boolean): void {
    for (const link of this.links) if (side(link.from) !== side(link.to)) this.cut.add(link)
  }

  heal(): void {
    for (const link of this.cut) link.queue.push(this.missingOn(link))
    this.cut.clear()
  }

  get partitioned(): boolean {
    return this.cut.size > 0
  }

  hold(pick: number, rounds: number): void {
    const link = this.links[pick % this.links.length]
    if (link) link.heldRounds = Math.max(link.heldRounds, rounds)
  }

  endRound(): void {
    for (const link of this.links) link.heldRounds = Math.max(0, link.heldRounds - 1)
  }

  /** Delivers one queued update, picked at random, on one open link that has any. */
  deliver(linkPick: number, messagePick: number): boolean {
    const open = this.links.filter((link) => link.queue.length > 0 && !this.cut.has(link) && !link.heldRounds)
    const link = open[linkPick % Math.max(open.length, 1)]
    if (!link) return false
    const [update] = link.queue.splice(messagePick % link.queue.length, 1)
    if (update) this.apply(link.to, update)
    return true
  }

  private apply(to: number, update: Uint8Array): void {
    this.receive(to, () => Y.applyUpdate(this.clients[to]!.doc, update, REMOTE))
  }

  pending(): number {
    return this.links.reduce((sum, link) => sum + link.queue.length, 0)
  }

  /**
   * Heals everything, delivers every queued update (and those delivering causes), then lets every
   * pair run a sync step until all state vectors agree. Yjs 13.6.33 can keep an update pending for
   * good when updates arrive out of causal order although all of them did arrive; such a client is
   * repaired only by a sync step, and `stalledRepairs` counts the times that was needed.
   */
  flush(): void {
    this.heal()
    for (const link of this.links) link.heldRounds = 0
    for (let exchange = 0; ; exchange++) {
      while (this.pending() > 0) {
        for (const link of this.links) {
          const update = link.queue.shift()
          if (update) this.apply(link.to, update)
        }
      }
      if (this.agreed()) return
      if (exchange === 3) throw new Error('clients do not converge even after sync steps')
      if (this.clients.some((client) => client.doc.store.pendingStructs || client.doc.store.pendingDs)) {
        this.stalledRepairs += 1
      }
      for (const link of this.links) link.queue.push(this.missingOn(link))
    }
  }

  private missingOn(link: Link): Uint8Array {
    const to = this.clients[link.to]!.doc
    return Y.encodeStateAsUpdate(this.clients[link.from]!.doc, Y.encodeStateVector(to))
  }

  private agreed(): boolean {
    const vectors = this.clients.map((client) => Y.encodeStateVector(client.doc).toString())
    const stalled = this.clients.some(
      (client) => client.doc.store.pendingStructs || client.doc.store.pendingDs,
    )
    return !stalled && vectors.every((vector) => vector === vectors[0])
  }
}
