import type { ServerName } from '../servers/ServerAdapter'
import type { BenchResult } from './BenchResult'
import type { Figure } from './Figures'
import { checkGoals, ratioToBestPeer } from './goals'

const COLUMNS: ServerName[] = ['referat', 'referat-memory', 'hocuspocus', 'y-websocket']

const round = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2)

function cell(figure: Figure, server: ServerName): string {
  const s = figure.servers[server]
  if (!s) return '–'
  if ('na' in s) return `n/a: ${s.na}`
  if (!Number.isFinite(s.median)) return 'no samples'
  return s.values.length > 1 ? `${round(s.median)} (${round(s.min)}–${round(s.max)})` : round(s.median)
}

function table(figures: Record<string, Figure>): string[] {
  const columns = COLUMNS.filter((server) => Object.values(figures).some((f) => f.servers[server]))
  const rows = Object.values(figures).map((f) => {
    const ratio = ratioToBestPeer(f)
    return `| ${f.label} (${f.unit}) | ${columns.map((s) => cell(f, s)).join(' | ')} | ${ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}×`} |`
  })
  return [
    `| figure | ${columns.join(' | ')} | referat ÷ best peer |`,
    `| --- | ${columns.map(() => '---').join(' | ')} | --- |`,
    ...rows,
  ]
}

/** The sync section of docs/benchmarks.md for one run. */
export function renderMarkdown(result: BenchResult): string {
  const m = result.machine
  const lines = [
    '## Sync servers side by side (`pnpm bench`, test/bench/sync)',
    '',
    `${result.date.slice(0, 16).replace('T', ' ')} UTC · ${result.mode} run, ${Math.round(result.seconds / 60)} min · ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node} · load average at the start ${m.loadAverage.join(' / ')} · Hocuspocus ${result.versions['@hocuspocus/server']} (4.x needs Node 22), @y/websocket-server ${result.versions['@y/websocket-server']}, yjs ${result.versions.yjs}.`,
    '',
    'Each server is its own child process on a loopback port (started with `--expose-gc`; RSS from /proc after a',
    'forced GC, CPU from /proc/<pid>/stat); this process is the load generator: writers and readers live in it and',
    'stamp with `performance.now()`, so latency needs no clock sync. Cells: median (min–max) of the repeats.',
    '`referat` is our default (every update appended to SQLite with synchronous=FULL before it is broadcast);',
    '`referat-memory` is the same server with an in-memory SQLite store, for reference only (not a peer).',
    '',
  ]
  if (m.loadAverage[0]! > m.cores) {
    lines.push(
      `**Noisy run**: the machine was busy with other work (load average ${m.loadAverage[0]} on ${m.cores} cores), so`,
      'the timings are upper bounds and the ratios are rough; the lead re-runs `pnpm bench` on a quiet machine.',
      '',
    )
  }
  for (const workload of Object.values(result.workloads)) {
    lines.push(`### ${workload.title}`, '', workload.method, '', ...table(workload.figures), '')
    for (const note of workload.notes) lines.push(`- ${note}`)
    if (workload.notes.length) lines.push('')
  }
  lines.push('### Goals of issue 6', '', '| goal | referat | met |', '| --- | --- | --- |')
  for (const g of checkGoals(result))
    lines.push(`| ${g.goal} | ${g.ours} | ${g.met === null ? 'n/a' : g.met ? 'yes' : 'no'} |`)
  return lines.join('\n') + '\n'
}
