import * as Y from 'yjs'
import { LatencySink } from '../load/LatencySink'
import { closeMeetings, openMeeting } from '../load/openMeeting'
import { startTyping } from '../load/startTyping'
import { withTimeout } from '../load/withTimeout'
import { Writer } from '../load/Writer'
import { Figures } from '../report/Figures'
import type { WorkloadResult } from '../report/BenchResult'
import type { ServerAdapter } from '../servers/ServerAdapter'
import { freshDataDir, type WorkloadContext } from '../WorkloadContext'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface CrashRun {
  seen: number
  lost: number
  seedKept: boolean
}

/**
 * Writers type; the server gets SIGKILL mid-typing; the clients are dropped (so they cannot resend); the
 * server restarts on the same data and a fresh client counts the keystrokes another client had received
 * before the crash that are missing now.
 */
async function crashOnce(ctx: WorkloadContext, adapter: ServerAdapter): Promise<CrashRun> {
  const { writers: w, perSecond, typeMs } = ctx.config.crash
  const dir = freshDataDir(ctx, adapter.name)
  const server = await adapter.start(dir)
  const meeting = await openMeeting(server, ctx.seeds.fixture, w)
  const writers = meeting.clients.map((c, i) => new Writer(c, i))
  const sink = new LatencySink()
  for (const client of meeting.clients) sink.watch(client, writers)
  const typing = startTyping(writers, perSecond)
  await sleep(typeMs)
  await server.kill()
  typing.stop()
  closeMeetings([meeting])
  const seen = new Map(sink.seen)
  const restarted = await adapter.start(dir)
  try {
    const fresh = restarted.connect(meeting.ref)
    await withTimeout(fresh.synced, 30_000, `${adapter.name} to sync after the restart`)
    let lost = 0
    let total = 0
    for (const writer of writers) {
      const base = writer.clock - writer.typed
      const saw = seen.get(writer.clientId) ?? base
      total += saw - base
      lost += Math.max(0, saw - Math.max(base, Y.getState(fresh.doc.store, writer.clientId)))
    }
    const seedKept = [...ctx.seeds.fixture.stateVector].every(
      ([client, clock]) => Y.getState(fresh.doc.store, client) >= clock,
    )
    fresh.destroy()
    return { seen: total, lost, seedKept }
  } finally {
    await restarted.stop()
  }
}

/** Workload 5: updates lost to a SIGKILL that clients had already seen broadcast. */
export async function crashLoss(ctx: WorkloadContext): Promise<WorkloadResult> {
  const figures = new Figures()
    .define('lost', 'updates seen broadcast, then lost in the crash', 'updates', 'lower')
    .define('seen', 'updates seen broadcast before the crash', 'updates', 'higher')
  const notes = new Set<string>()
  for (let repeat = 0; repeat < ctx.config.crash.repeats; repeat++) {
    const runs = await Promise.all(ctx.adapters.map((adapter) => crashOnce(ctx, adapter)))
    ctx.adapters.forEach((adapter, i) => {
      const run = runs[i]!
      ctx.log(`crash ${adapter.name} #${repeat}: lost ${run.lost} of ${run.seen} seen`)
      figures.add('lost', adapter.name, run.lost)
      figures.add('seen', adapter.name, run.seen)
      if (!run.seedKept)
        notes.add(`${adapter.name}: the restarted server had lost the whole meeting, seed included.`)
    })
  }
  if (ctx.adapters.some((a) => !a.persistent)) {
    notes.add('y-websocket runs in memory (no YPERSISTENCE): it loses everything on a crash by design.')
  }
  return {
    title: 'Crash loss',
    method: `${ctx.config.crash.writers} writers at ${ctx.config.crash.perSecond} keystrokes/s, SIGKILL after ${ctx.config.crash.typeMs / 1000} s while typing, restart on the same data; ${ctx.config.crash.repeats} runs, servers side by side.`,
    figures: figures.toJSON(),
    notes: [...notes],
  }
}
