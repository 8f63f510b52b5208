import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchConfig } from './BenchConfig'
import type { Seed } from './seeds'
import type { RunningServer, ServerAdapter } from './servers/ServerAdapter'

export interface WorkloadContext {
  config: BenchConfig
  seeds: { fixture: Seed; times10: Seed }
  adapters: ServerAdapter[]
  /** The servers of the latency workloads: `adapters` and our memory-only reference. */
  latencyAdapters: ServerAdapter[]
  /** Root of this run's server data folders. */
  dataRoot: string
  log(message: string): void
}

/** A fresh data folder for one server start. */
export function freshDataDir(ctx: WorkloadContext, name: string): string {
  return mkdtempSync(join(ctx.dataRoot, `${name}-`))
}

export async function startAll(
  ctx: WorkloadContext,
  adapters = ctx.adapters,
): Promise<Map<ServerAdapter, RunningServer>> {
  const started = await Promise.all(
    adapters.map(async (a) => [a, await a.start(freshDataDir(ctx, a.name))] as const),
  )
  return new Map(started)
}
