import type { FastifyBaseLogger as Logger } from 'fastify'
import type { ServerMetrics } from '../metrics/createMetrics'
import type { MeetingStore, PendingUpdate } from '../store/MeetingStore'

export interface QueuedUpdate extends PendingUpdate {
  /** Runs once the update is durable; it may now be applied and broadcast. */
  stored(seq: number): void
  /** Runs when the batch holding the update could not be stored; nothing of it reached the disk. */
  failed(error: unknown): void
}

/**
 * Group commit: every update accepted during one turn of the event loop is stored in one transaction (one
 * fsync for the whole batch instead of one per keystroke), and only then released to be broadcast. While a
 * commit blocks the loop, new messages wait in the socket buffers and form the next, larger batch, so the
 * rate the server can take grows with the load instead of being capped at one update per fsync.
 */
export class GroupCommit {
  private queue: QueuedUpdate[] = []
  private scheduled = false

  constructor(
    private readonly store: MeetingStore,
    private readonly metrics: ServerMetrics,
    private readonly log: Logger,
  ) {}

  add(update: QueuedUpdate): void {
    this.queue.push(update)
    if (this.scheduled) return
    this.scheduled = true
    setImmediate(() => this.flush())
  }

  /** Stores what is queued now; a caller that needs its own change durable at once calls this after `add`. */
  flush(): void {
    this.scheduled = false
    const batch = this.queue
    if (batch.length === 0) return
    this.queue = []
    let seqs: number[]
    const end = this.metrics.appendSeconds.startTimer()
    try {
      seqs = this.store.appendUpdates(batch)
    } catch (error) {
      this.log.error({ err: error, updates: batch.length }, 'append failed')
      for (const update of batch) this.settle(() => update.failed(error))
      return
    } finally {
      end()
    }
    this.metrics.batchSize.observe(batch.length)
    for (const [i, update] of batch.entries()) this.settle(() => update.stored(seqs[i]!))
  }

  private settle(run: () => void): void {
    try {
      run()
    } catch (error) {
      this.log.error({ err: error }, 'releasing a stored update failed')
    }
  }
}
