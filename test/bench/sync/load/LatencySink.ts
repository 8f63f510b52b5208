import * as Y from 'yjs'
import type { BenchClient } from '../servers/ServerAdapter'
import type { Writer } from './Writer'

/**
 * Writer-to-reader latency without clock sync: readers live in the same process as the writers and, on
 * each update, look up the stamp of every writer keystroke that has just arrived.
 */
export class LatencySink {
  samples: number[] = []
  recording = false
  /** Per writer, the highest clock any other client has received (what was "seen broadcast"). */
  readonly seen = new Map<number, number>()

  watch(reader: BenchClient, writers: Writer[]): void {
    const others = writers.filter((w) => w.client !== reader)
    const last = new Map(others.map((w) => [w.clientId, Y.getState(reader.doc.store, w.clientId)]))
    reader.doc.on('update', () => {
      const now = performance.now()
      for (const writer of others) {
        const state = Y.getState(reader.doc.store, writer.clientId)
        const from = last.get(writer.clientId)!
        if (state === from) continue
        last.set(writer.clientId, state)
        if (state > (this.seen.get(writer.clientId) ?? 0)) this.seen.set(writer.clientId, state)
        if (!this.recording) continue
        for (let clock = from; clock < state; clock++) {
          const stamp = writer.stampOf(clock)
          if (stamp !== undefined) this.samples.push(now - stamp)
        }
      }
    })
  }
}
