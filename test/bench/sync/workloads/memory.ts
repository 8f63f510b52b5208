import { closeMeetings, openMeetings, type OpenMeeting } from '../load/openMeeting'
import { whenContains } from '../load/whenContains'
import { rssBytes } from '../procStats'
import { Figures } from '../report/Figures'
import type { WorkloadResult } from '../report/BenchResult'
import type { RunningServer, ServerName } from '../servers/ServerAdapter'
import { startAll, type WorkloadContext } from '../WorkloadContext'

const MiB = 2 ** 20
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

async function rssAfterGc(server: RunningServer): Promise<number> {
  await server.gc()
  await settle()
  return rssBytes(server.pid)
}

/**
 * Workload 3: server RSS after a full GC, before and after loading N fixture meetings (one client each),
 * K more idle connections, and M meetings of ten times the fixture. A meeting's figure has the cost of
 * its one connection taken off.
 */
export async function memory(ctx: WorkloadContext): Promise<WorkloadResult> {
  const { meetings: n, meetings10: m, idleConnections: k } = ctx.config.memory
  const figures = new Figures()
    .define('perMeeting', 'RSS per loaded meeting (fixture)', 'MiB', 'lower')
    .define('perMeeting10', 'RSS per loaded meeting (fixture ×10)', 'MiB', 'lower')
    .define('perConnection', 'RSS per idle connection', 'KiB', 'lower')
    .define('baseline', 'RSS of the started server', 'MiB', 'lower')
  const servers = await startAll(ctx)
  const opened: OpenMeeting[] = []
  try {
    await Promise.all(
      [...servers].map(async ([adapter, server]) => {
        const name: ServerName = adapter.name
        const rss0 = await rssAfterGc(server)
        const small = await openMeetings(server, ctx.seeds.fixture, n, 1)
        opened.push(...small)
        const rss1 = await rssAfterGc(server)
        const idle = Array.from({ length: k }, () => server.connect(small[0]!.ref))
        opened.push({ ref: small[0]!.ref, clients: idle })
        await Promise.all(idle.map((c) => whenContains(c.doc, ctx.seeds.fixture.stateVector, 60_000)))
        const rss2 = await rssAfterGc(server)
        const large = await openMeetings(server, ctx.seeds.times10, m, 1)
        opened.push(...large)
        const rss3 = await rssAfterGc(server)
        const perConnection = (rss2 - rss1) / k
        figures.add('baseline', name, rss0 / MiB)
        figures.add('perConnection', name, perConnection / 1024)
        figures.add('perMeeting', name, ((rss1 - rss0) / n - perConnection) / MiB)
        figures.add('perMeeting10', name, ((rss3 - rss2) / m - perConnection) / MiB)
        ctx.log(`memory ${name}: ${((rss1 - rss0) / n / MiB).toFixed(2)} MiB/meeting`)
      }),
    )
  } finally {
    closeMeetings(opened)
    await Promise.all([...servers.values()].map((s) => s.stop()))
  }
  return {
    title: 'Memory',
    method: `RSS from /proc after a forced GC in the server: ${n} fixture meetings, ${k} idle connections, ${m} fixture ×10 meetings; one measurement per server (RSS is not a timing).`,
    figures: figures.toJSON(),
    notes: [],
  }
}
