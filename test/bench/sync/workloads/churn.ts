import { closeMeetings, openMeetings } from '../load/openMeeting'
import { rssBytes } from '../procStats'
import { Figures } from '../report/Figures'
import type { WorkloadResult } from '../report/BenchResult'
import type { BenchClient, MeetingRef, RunningServer } from '../servers/ServerAdapter'
import { startAll, type WorkloadContext } from '../WorkloadContext'

const MiB = 2 ** 20
const SETTLE_MS = 6500
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until the server has unloaded every meeting (or SETTLE_MS passed), then GC; loaded count and RSS. */
async function settled(server: RunningServer): Promise<{ loaded: number; rss: number }> {
  const until = performance.now() + SETTLE_MS
  while ((await server.loadedMeetings()) > 0 && performance.now() < until) await sleep(250)
  await server.gc()
  await sleep(300)
  return { loaded: await server.loadedMeetings(), rss: rssBytes(server.pid) }
}

/** Clients join random meetings at a steady rate, type a little, and leave after a random stay. */
export async function churnFor(
  { joinsPerSecond, stayMs }: { joinsPerSecond: number; stayMs: readonly [number, number] },
  server: RunningServer,
  refs: MeetingRef[],
  ms: number,
): Promise<number> {
  const live = new Set<Promise<void>>()
  let joins = 0
  const join = () => {
    joins++
    const client: BenchClient = server.connect(refs[Math.floor(Math.random() * refs.length)]!)
    const stay = stayMs[0] + Math.random() * (stayMs[1] - stayMs[0])
    const visit = (async () => {
      await Promise.race([client.synced, sleep(stay)])
      client.doc.getText('churn').insert(0, 'x')
      await sleep(stay)
      client.destroy()
    })()
    live.add(visit)
    void visit.finally(() => live.delete(visit))
  }
  const timer = setInterval(join, 1000 / joinsPerSecond)
  await sleep(ms)
  clearInterval(timer)
  await Promise.all(live)
  return joins
}

/** Workload 6: churn over many meetings; what stays loaded after everyone left, and how RSS drifts. */
export async function churn(ctx: WorkloadContext): Promise<WorkloadResult> {
  const c = ctx.config.churn
  const figures = new Figures()
    .define('loadedAfter', 'meetings still loaded after all clients left', 'meetings', 'lower')
    .define('rssDrift', 'RSS drift over the churn (after GC)', '%', 'lower')
    .define('rssEnd', 'RSS after the churn (after GC)', 'MiB', 'lower')
  const servers = await startAll(ctx)
  try {
    await Promise.all(
      [...servers].map(async ([adapter, server]) => {
        const seeded = await openMeetings(server, ctx.seeds.fixture, c.meetings, 1)
        closeMeetings(seeded)
        const refs = seeded.map((m) => m.ref)
        if (c.warmMs > 0) await churnFor(c, server, refs, c.warmMs)
        const before = await settled(server)
        const joins = await churnFor(c, server, refs, c.durationMs)
        const after = await settled(server)
        ctx.log(
          `churn ${adapter.name}: ${joins} joins, ${after.loaded} left loaded, RSS ${(before.rss / MiB) | 0} → ${(after.rss / MiB) | 0} MiB`,
        )
        figures.add('loadedAfter', adapter.name, after.loaded)
        figures.add('rssDrift', adapter.name, ((after.rss - before.rss) / before.rss) * 100)
        figures.add('rssEnd', adapter.name, after.rss / MiB)
      }),
    )
  } finally {
    await Promise.all([...servers.values()].map((s) => s.stop()))
  }
  return {
    title: 'Churn',
    method: `${c.meetings} fixture meetings; ${c.joinsPerSecond} joins/s per server, each client stays ${c.stayMs[0] / 1000}–${c.stayMs[1] / 1000} s and types one character; ${c.warmMs / 1000} s warm-up, then ${c.durationMs / 1000} s measured; the three servers churn at the same time (leaks, not speed). Counted after waiting up to ${SETTLE_MS / 1000} s for unloads.`,
    figures: figures.toJSON(),
    notes: [],
  }
}
