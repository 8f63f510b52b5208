import { LatencySink } from '../load/LatencySink'
import { measureWindow } from '../load/measureWindow'
import { closeMeetings, openMeetings } from '../load/openMeeting'
import { Writer } from '../load/Writer'
import { Figures } from '../report/Figures'
import type { WorkloadResult } from '../report/BenchResult'
import { freshDataDir, type WorkloadContext } from '../WorkloadContext'

/**
 * Workload 2: many meetings with a few writers each, then the rate is ramped until p99 passes the limit.
 * One server at a time: all three loaded at once would put three times the clients' documents (about
 * 1 MiB each) in the generator, whose GC pauses would then land in every server's figures.
 */
export async function manyMeetings(ctx: WorkloadContext): Promise<WorkloadResult> {
  const c = ctx.config.many
  const figures = new Figures()
    .define('p50', 'p50 writer→reader latency', 'ms', 'lower')
    .define('p99', 'p99 writer→reader latency', 'ms', 'lower')
    .define('cpu', 'server CPU', '% of a core', 'lower')
    .define('sustainable', `sustainable updates/s (p99 ≤ ${c.p99LimitMs} ms)`, 'updates/s', 'higher')
  const notes: string[] = []
  for (const adapter of ctx.latencyAdapters) {
    const server = await adapter.start(freshDataDir(ctx, adapter.name))
    const meetings = await openMeetings(server, ctx.seeds.fixture, c.meetings, c.clientsEach)
    const writers = meetings.flatMap((m) =>
      m.clients.slice(0, c.writersEach).map((cl, i) => new Writer(cl, i)),
    )
    const sink = new LatencySink()
    for (const meeting of meetings) {
      const theirs = writers.filter((w) => meeting.clients.includes(w.client))
      for (const client of meeting.clients) sink.watch(client, theirs)
    }
    try {
      for (let repeat = -ctx.config.warmups; repeat < ctx.config.repeats; repeat++) {
        const r = await measureWindow(server.pid, writers, sink, c.perSecond, c.windowMs)
        ctx.log(
          `many ${adapter.name} #${repeat}: p99 ${r.p99.toFixed(1)} ms at ${r.updatesPerSecond.toFixed(0)}/s`,
        )
        if (repeat < 0) continue
        figures.add('p50', adapter.name, r.p50)
        figures.add('p99', adapter.name, r.p99)
        figures.add('cpu', adapter.name, r.serverCpu * 100)
      }
      let sustainable = 0
      let perSecond = c.perSecond
      // Up by rampFactor while p99 holds; if even the first rate fails, down until one holds.
      for (let step = 0; step < c.rampSteps; step++) {
        const r = await measureWindow(server.pid, writers, sink, perSecond, c.rampWindowMs)
        const target = perSecond * writers.length
        ctx.log(
          `ramp ${adapter.name}: target ${target.toFixed(0)}/s sent ${r.updatesPerSecond.toFixed(0)}/s p99 ${r.p99.toFixed(1)} ms, server ${(r.serverCpu * 100).toFixed(0)} % generator ${(r.generatorCpu * 100).toFixed(0)} %`,
        )
        const held = r.p99 <= c.p99LimitMs
        if (held) sustainable = Math.max(sustainable, r.updatesPerSecond)
        if (held && r.updatesPerSecond < 0.8 * target) {
          notes.push(
            `${adapter.name}: the generator could not send ${target.toFixed(0)} updates/s (sent ${r.updatesPerSecond.toFixed(0)}), so the ramp stopped below the server's limit.`,
          )
          break
        }
        if (!held && sustainable > 0) break
        perSecond = held ? perSecond * c.rampFactor : perSecond / c.rampFactor
      }
      figures.add('sustainable', adapter.name, sustainable)
    } finally {
      closeMeetings(meetings)
      await server.stop()
    }
  }
  return {
    title: 'Many meetings',
    method: `${c.meetings} meetings × ${c.clientsEach} clients on the KKR fixture, ${c.writersEach} writers each at ${c.perSecond} keystrokes/s; ${c.windowMs / 1000} s windows, ${ctx.config.warmups} warm-up + ${ctx.config.repeats} repeats, one server at a time. Ramp: ×${c.rampFactor} per ${c.rampWindowMs / 1000} s step (at most ${c.rampSteps}) until p99 > ${c.p99LimitMs} ms (÷${c.rampFactor} while even the first rate fails); once per server.`,
    figures: figures.toJSON(),
    notes,
  }
}
