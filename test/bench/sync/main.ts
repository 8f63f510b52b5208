import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { benchConfig } from './BenchConfig'
import type { BenchResult } from './report/BenchResult'
import { machine } from './report/machine'
import { renderMarkdown } from './report/renderMarkdown'
import { writeDocs } from './report/writeDocs'
import { buildSeeds } from './seeds'
import { hocuspocus } from './servers/hocuspocus'
import { referat, referatMemory } from './servers/referat'
import { yWebsocket } from './servers/yWebsocket'
import { workloads } from './workloads'
import type { WorkloadContext } from './WorkloadContext'

/*
 * `pnpm bench [--quick] [--out <dir>] [--only busyMeeting,churn] [--no-docs]`: every workload against every
 * server, each server its own child process, this process the load generator. Writes <out>/<date>.json and,
 * in full mode, the sync section of docs/benchmarks.md. `--docs-from <json>` only rewrites that section.
 */
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: resolve(import.meta.dirname, '../results') },
    only: { type: 'string' },
    'no-docs': { type: 'boolean', default: false },
    'docs-from': { type: 'string' },
  },
})
const docsFile = resolve(import.meta.dirname, '../../../docs/benchmarks.md')
if (values['docs-from']) {
  writeDocs(docsFile, renderMarkdown(JSON.parse(readFileSync(values['docs-from'], 'utf8')) as BenchResult))
  process.exit(0)
}
process.setMaxListeners(0)
const config = benchConfig(values.quick)
const started = performance.now()
const dataRoot = mkdtempSync(join(tmpdir(), 'referat-sync-bench-'))
const ctx: WorkloadContext = {
  config,
  seeds: buildSeeds(),
  adapters: [referat, hocuspocus, yWebsocket],
  latencyAdapters: [referat, referatMemory, hocuspocus, yWebsocket],
  dataRoot,
  log: (message) => console.log(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${message}`),
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    rmSync(dataRoot, { recursive: true, force: true })
    process.exit(1)
  })
}
const chosen = values.only?.split(',') ?? Object.keys(workloads)
const result: BenchResult = {
  date: new Date().toISOString(),
  mode: config.quick ? 'quick' : 'full',
  machine: machine(),
  seconds: 0,
  versions: { '@hocuspocus/server': '3.4.4', '@y/websocket-server': '0.1.1', yjs: '13.6.33' },
  workloads: {},
}
try {
  for (const name of chosen) {
    const run = workloads[name]
    if (!run) throw new Error(`Unknown workload ${name}; known: ${Object.keys(workloads).join(', ')}.`)
    ctx.log(`workload ${name}`)
    result.workloads[name] = await run(ctx)
  }
} finally {
  rmSync(dataRoot, { recursive: true, force: true })
}
result.seconds = Math.round((performance.now() - started) / 1000)
mkdirSync(values.out, { recursive: true })
const file = join(values.out, `${result.date.replaceAll(':', '-').slice(0, 19)}-${result.mode}.json`)
writeFileSync(file, JSON.stringify(result, null, 2))
ctx.log(`wrote ${file}`)
if (!config.quick && !values['no-docs'] && !values.only) {
  writeDocs(docsFile, renderMarkdown(result))
  ctx.log(`wrote ${docsFile}`)
}
process.exit(0)
