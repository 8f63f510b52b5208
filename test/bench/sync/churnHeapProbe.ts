/*
 * Diagnostic, not a benchmark: our server alone, 200 fixture meetings, 10 joins/s in 45 s rounds; after each
 * round (all meetings unloaded, GC) it prints RSS and JS heap + external. Tells a JS leak (heap grows) from
 * allocator noise (RSS moves, heap flat). `node --import tsx test/bench/sync/churnHeapProbe.ts [rounds]`
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeMeetings, openMeetings } from './load/openMeeting'
import { rssBytes } from './procStats'
import { buildSeeds } from './seeds'
import { referat } from './servers/referat'
import { churnFor } from './workloads/churn'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const MiB = 2 ** 20
const seeds = buildSeeds()
const server = await referat.start(mkdtempSync(join(tmpdir(), 'diag-')))
const refs = (await openMeetings(server, seeds.fixture, 200, 1)).map((m) => {
  closeMeetings([m])
  return m.ref
})
async function report(label: string) {
  while ((await server.loadedMeetings()) > 0) await sleep(250)
  await server.gc()
  await sleep(300)
  const heap = await server.heapBytes()
  console.log(label, 'rss', (rssBytes(server.pid) / MiB).toFixed(1), 'heap+ext', (heap / MiB).toFixed(1))
}
await report('seeded')
for (let i = 0; i < Number(process.argv[2] ?? 4); i++) {
  await churnFor({ joinsPerSecond: 10, stayMs: [500, 5000] }, server, refs, 45_000)
  await report(`after ${(i + 1) * 45} s`)
}
await server.stop()
process.exit(0)
