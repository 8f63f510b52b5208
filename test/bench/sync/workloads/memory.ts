import { closeMeetings, openMeetings, type OpenMeeting } from '../load/openMeeting'
import { whenContains } from '../load/whenContains'
import { rssBytes } from '../procStats'
import { Figures } from '../report/Figures'
import type { WorkloadResult } from '../report/BenchResult'
import type { RunningServer, ServerName } from '../servers/ServerAdapter'
import { startAll, type WorkloadContext } from '../WorkloadContext'

const MiB = 2 ** 20
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

async function afterGc(server: RunningServer): Promise<{ rss: number; heap: number }> {
  await server.gc()
  await settle()
  return { rss: rssBytes(server.pid), heap: await server.heapBytes() }
}

/**
 * Workload 3: server RSS after a full GC (one meeting open, so lazily loaded code is in the baseline), before
 * and after loading N fixture meetings (one client each),
 * K more idle connections, and M meetings of ten times the fixture. A meeting's figure has the cost of
 * its one connection taken off.
 */
export async function memory(ctx: WorkloadContext): Promise<WorkloadResult> {
  const { meetings: n, meetings10: m, idleConnections: k } = ctx.config.memory
  const figures = new Figures()
    .define('perMeeting', 'RSS per loaded meeting (fixture)', 'MiB', 'lower')
    .define('perMeeting10', 'RSS per loaded meeting (fixture ×10)', 'MiB', 'lower')
    .define('perConnection', 'RSS per idle connection', 'KiB', 'lower')
    .define('heapPerMeeting', 'JS heap + external per loaded meeting (fixture)', 'MiB', 'lower')
    .define('baseline', 'RSS with one meeting open', 'MiB', 'lower')
  const servers = await startAll(ctx)
  const opened: OpenMeeting[] = []
  try {
    await Promise.all(
      [...servers].map(async ([adapter, server]) => {
        const name: ServerName = adapter.name
        opened.push(...(await openMeetings(server, ctx.seeds.fixture, 1, 1)))
        const m0 = await afterGc(server)
        const small = await openMeetings(server, ctx.seeds.fixture, n, 1)
        opened.push(...small)
        const m1 = await afterGc(server)
        const idle = Array.from({ length: k }, () => server.connect(small[0]!.ref))
        opened.push({ ref: small[0]!.ref, clients: idle })
        await Promise.all(idle.map((c) => whenContains(c.doc, ctx.seeds.fixture.stateVector, 60_000)))
        const m2 = await afterGc(server)
        const large = await openMeetings(server, ctx.seeds.times10, m, 1)
        opened.push(...large)
        const m3 = await afterGc(server)
        const perConnection = (m2.rss - m1.rss) / k
        const heapPerConnection = (m2.heap - m1.heap) / k
        figures.add('baseline', name, m0.rss / MiB)
        figures.add('perConnection', name, perConnection / 1024)
        figures.add('perMeeting', name, ((m1.rss - m0.rss) / n - perConnection) / MiB)
        figures.add('perMeeting10', name, ((m3.rss - m2.rss) / m - perConnection) / MiB)
        figures.add('heapPerMeeting', name, ((m1.heap - m0.heap) / n - heapPerConnection) / MiB)
        ctx.log(`memory ${name}: ${((m1.rss - m0.rss) / n / MiB).toFixed(2)} MiB/meeting`)
      }),
    )
  } finally {
    closeMeetings(opened)
    await Promise.all([...servers.values()].map((s) => s.stop()))
  }
  return {
    title: 'Memory',
    method: `RSS from /proc after a forced GC in the server, with one meeting already open: then ${n} fixture meetings, ${k} idle connections, ${m} fixture ×10 meetings; one measurement per server (RSS is not a timing).`,
    figures: figures.toJSON(),
    notes: [],
  }
}
