import { openMeeting } from '../load/openMeeting'
import { whenContains } from '../load/whenContains'
import { withTimeout } from '../load/withTimeout'
import { Figures } from '../report/Figures'
import type { WorkloadResult } from '../report/BenchResult'
import type { MeetingRef, ServerAdapter } from '../servers/ServerAdapter'
import { freshDataDir, type WorkloadContext } from '../WorkloadContext'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Stores one fixture ×10 meeting and waits until the server has unloaded it (stored it, for Hocuspocus). */
async function storeLargeMeeting(
  ctx: WorkloadContext,
  adapter: ServerAdapter,
  dataDir: string,
): Promise<MeetingRef> {
  const server = await adapter.start(dataDir)
  try {
    const meeting = await openMeeting(server, ctx.seeds.times10, 1)
    await sleep(200)
    meeting.clients[0]!.destroy()
    // A debouncing server stores when the last client leaves, then unloads: wait for that, not for the signal.
    for (let i = 0; i < 100 && (await server.loadedMeetings()) > 0; i++) await sleep(100)
    return meeting.ref
  } finally {
    await server.stop()
  }
}

/** Workload 4: a fixture ×10 meeting on disk, the server just started; a new client's time to synced. */
export async function coldJoin(ctx: WorkloadContext): Promise<WorkloadResult> {
  const figures = new Figures().define('join', 'cold join, fixture ×10, time to synced', 'ms', 'lower')
  const stored: { adapter: ServerAdapter; dir: string; ref: MeetingRef }[] = []
  for (const adapter of ctx.adapters) {
    if (!adapter.persistent) {
      figures.notApplicable('join', adapter.name, 'in memory: nothing on disk to join from')
      continue
    }
    const dir = freshDataDir(ctx, adapter.name)
    stored.push({ adapter, dir, ref: await storeLargeMeeting(ctx, adapter, dir) })
  }
  for (let repeat = -ctx.config.warmups; repeat < ctx.config.coldJoin.repeats; repeat++) {
    for (const { adapter, dir, ref } of stored) {
      const server = await adapter.start(dir)
      try {
        const t0 = performance.now()
        const client = server.connect(ref)
        await withTimeout(client.synced, 60_000, `${adapter.name} to sync`)
        const ms = performance.now() - t0
        await whenContains(client.doc, ctx.seeds.times10.stateVector, 10_000)
        client.destroy()
        ctx.log(`cold join ${adapter.name} #${repeat}: ${ms.toFixed(0)} ms`)
        if (repeat >= 0) figures.add('join', adapter.name, ms)
      } finally {
        await server.stop()
      }
    }
  }
  return {
    title: 'Cold join',
    method: `One fixture ×10 meeting stored, the server restarted for each join (process start not counted): time from opening the client to its synced event; ${ctx.config.warmups} warm-up + ${ctx.config.coldJoin.repeats} repeats, servers in turn.`,
    figures: figures.toJSON(),
    notes: [],
  }
}
