import { LatencySink } from '../load/LatencySink'
import { measureWindow } from '../load/measureWindow'
import { closeMeetings, openMeeting } from '../load/openMeeting'
import { Writer } from '../load/Writer'
import { Figures } from '../report/Figures'
import type { WorkloadResult } from '../report/BenchResult'
import { startAll, type WorkloadContext } from '../WorkloadContext'

/** Workload 1: one meeting on the KKR fixture, writers typing, many viewers; the servers take turns. */
export async function busyMeeting(ctx: WorkloadContext): Promise<WorkloadResult> {
  const { writers: w, viewers, perSecond, windowMs } = ctx.config.busy
  const figures = new Figures()
    .define('p50', 'p50 writer→reader latency', 'ms', 'lower')
    .define('p99', 'p99 writer→reader latency', 'ms', 'lower')
    .define('cpu', 'server CPU', '% of a core', 'lower')
    .define('generatorCpu', 'load generator CPU', '% of a core', 'lower')
  const servers = await startAll(ctx, ctx.latencyAdapters)
  const rigs = []
  for (const [adapter, server] of servers) {
    const meeting = await openMeeting(server, ctx.seeds.fixture, w + viewers)
    const writers = meeting.clients.slice(0, w).map((c, i) => new Writer(c, i))
    const sink = new LatencySink()
    for (const client of meeting.clients) sink.watch(client, writers)
    rigs.push({ adapter, server, meeting, writers, sink })
  }
  try {
    for (let repeat = -ctx.config.warmups; repeat < ctx.config.repeats; repeat++) {
      for (const { adapter, server, writers, sink } of rigs) {
        const r = await measureWindow(server.pid, writers, sink, perSecond, windowMs)
        ctx.log(`busy ${adapter.name} #${repeat}: p50 ${r.p50.toFixed(1)} p99 ${r.p99.toFixed(1)} ms`)
        if (repeat < 0) continue
        figures.add('p50', adapter.name, r.p50)
        figures.add('p99', adapter.name, r.p99)
        figures.add('cpu', adapter.name, r.serverCpu * 100)
        figures.add('generatorCpu', adapter.name, r.generatorCpu * 100)
      }
    }
  } finally {
    for (const rig of rigs) closeMeetings([rig.meeting])
    await Promise.all([...servers.values()].map((s) => s.stop()))
  }
  return {
    title: 'One busy meeting',
    method: `${w} writers at ${perSecond} keystrokes/s each + ${viewers} viewers on the KKR fixture; ${windowMs / 1000} s windows, servers in turn, ${ctx.config.warmups} warm-up + ${ctx.config.repeats} repeats.`,
    figures: figures.toJSON(),
    notes: [],
  }
}
