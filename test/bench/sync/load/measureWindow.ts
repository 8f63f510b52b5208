import { percentile } from '../stats'
import { cpuSeconds } from '../procStats'
import type { LatencySink } from './LatencySink'
import { startTyping } from './startTyping'
import type { Writer } from './Writer'

export interface WindowResult {
  p50: number
  p99: number
  samples: number
  /** Keystrokes sent per second, all writers together. */
  updatesPerSecond: number
  /** Server CPU in cores (1 = one core busy). */
  serverCpu: number
  /** The load generator's own CPU in cores, to see when it, not the server, is the limit. */
  generatorCpu: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const DRAIN_MS = 300

/** Writers type at `perSecond` each for `ms`; latency of what readers received meanwhile (and shortly after). */
export async function measureWindow(
  serverPid: number,
  writers: Writer[],
  sink: LatencySink,
  perSecond: number,
  ms: number,
): Promise<WindowResult> {
  sink.samples = []
  sink.recording = true
  const cpu0 = cpuSeconds(serverPid)
  const gen0 = process.cpuUsage()
  const t0 = performance.now()
  const typing = startTyping(writers, perSecond)
  await sleep(ms)
  const sent = typing.stop()
  const elapsed = (performance.now() - t0) / 1000
  const serverCpu = (cpuSeconds(serverPid) - cpu0) / elapsed
  const gen = process.cpuUsage(gen0)
  await sleep(DRAIN_MS)
  sink.recording = false
  const sorted = Float64Array.from(sink.samples).sort()
  return {
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    samples: sorted.length,
    updatesPerSecond: sent / elapsed,
    serverCpu,
    generatorCpu: (gen.user + gen.system) / 1e6 / elapsed,
  }
}
