import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, expect, test } from 'vitest'
import type { BenchResult } from './report/BenchResult'

const FIXTURE = join(import.meta.dirname, '../../../../shared/fixtures/kkr-nordjylland-2024-09-20.txt')
const MAIN = join(import.meta.dirname, 'main.ts')
const out = mkdtempSync(join(tmpdir(), 'referat-quick-bench-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

const EXPECTED: Record<string, { figures: string[]; servers: string[] }> = {
  busyMeeting: {
    figures: ['p50', 'p99', 'cpu'],
    servers: ['referat', 'referat-memory', 'hocuspocus', 'y-websocket'],
  },
  manyMeetings: {
    figures: ['p99', 'cpu', 'sustainable'],
    servers: ['referat', 'referat-memory', 'hocuspocus', 'y-websocket'],
  },
  memory: {
    figures: ['perMeeting', 'perMeeting10', 'perConnection'],
    servers: ['referat', 'hocuspocus', 'y-websocket'],
  },
  coldJoin: { figures: ['join'], servers: ['referat', 'hocuspocus'] },
  crashLoss: { figures: ['lost', 'seen'], servers: ['referat', 'hocuspocus', 'y-websocket'] },
  churn: { figures: ['loadedAfter', 'rssDrift'], servers: ['referat', 'hocuspocus', 'y-websocket'] },
}

test('pnpm bench --quick measures every workload on every server, and ours loses nothing in the crash', async () => {
  if (!existsSync(FIXTURE))
    throw new Error(`Fixture missing: ${FIXTURE} (the benchmark seeds meetings from it).`)
  await promisify(execFile)(
    process.execPath,
    ['--max-old-space-size=8192', '--import', 'tsx', MAIN, '--quick', '--out', out],
    { timeout: 540_000, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`${error.message}\n${error.stdout?.slice(-4000)}\n${error.stderr?.slice(-4000)}`)
  })
  const files = readdirSync(out).filter((f) => f.endsWith('-quick.json'))
  expect(files).toHaveLength(1)
  const result = JSON.parse(readFileSync(join(out, files[0]!), 'utf8')) as BenchResult
  for (const [workload, { figures, servers }] of Object.entries(EXPECTED)) {
    for (const key of figures) {
      for (const server of servers) {
        const summary = result.workloads[workload]?.figures[key]?.servers[server as 'referat']
        expect(
          summary && 'median' in summary && Number.isFinite(summary.median),
          `${workload}.${key}.${server}`,
        ).toBe(true)
      }
    }
  }
  expect(result.workloads.coldJoin!.figures.join!.servers['y-websocket']).toEqual({
    na: expect.stringContaining('in memory'),
  })
  const lost = result.workloads.crashLoss!.figures.lost!.servers.referat
  expect(lost && 'max' in lost && lost.max).toBe(0)
  const seen = result.workloads.crashLoss!.figures.seen!.servers.referat
  expect(seen && 'min' in seen && seen.min).toBeGreaterThan(0)
}, 600_000)
