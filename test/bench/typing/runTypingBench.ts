import { execFileSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { resolve } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { ensureBuilt } from '../../../apps/editor/e2e/helpers/ensureBuilt'
import { CHROMIUM, launchChromium } from '../../../apps/editor/e2e/helpers/launchChromium'
import { startBenchServer, type BenchMeeting } from './benchServer'
import { kkrTimesFour } from './kkrTimesFour'
import { PAGE_PROBE } from './pageProbe'
import { percentile } from './percentile'
import { startRemoteTypists } from './remoteTypists'
import { summarize, type ConfigSummary } from './summarize'
import { toBareDocument } from './toBareDocument'

export type EditorKind = 'app' | 'bare'

export interface TypingBenchOptions {
  /** A few keystrokes and one repeat: proves the benchmark runs, measures nothing worth keeping. */
  quick?: boolean
  log?: (line: string) => void
}

export interface PhaseResult {
  editor: EditorKind
  typists: number
  repeat: number
  latencies: number[]
  longTasks: number[]
  /** The page fell behind: fewer keystrokes than asked were painted within the time budget. */
  saturated: boolean
  p50: number
  p95: number
}

export interface TypingBenchResult {
  date: string
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; chromium: string }
  settings: {
    keystrokes: number
    warmup: number
    repeats: number
    localIntervalMs: number
    typistCharsPerSecond: number
    /** Wall time a phase may spend typing (a quarter of it on warm-up); a slower phase stops early. */
    budgetMs: number
  }
  document: { topLevelNodes: number; paragraphs: number; bareTopLevelNodes: number }
  phases: PhaseResult[]
  summary: ConfigSummary[]
}

const appDir = resolve(import.meta.dirname, '../../../apps/editor')
const TYPISTS = 5
const TYPIST_CPS = 8
const LOCAL_INTERVAL_MS = 100
const TEXT = 'beslutning taget '
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const count = (node: { type?: string; content?: unknown[] }, type: string): number =>
  (node.type === type ? 1 : 0) +
  (node.content ?? []).reduce<number>((n, c) => n + count(c as typeof node, type), 0)

async function openEditor(context: BrowserContext, url: string, editor: EditorKind): Promise<Page> {
  const page = await context.newPage()
  await page.goto(url)
  if (editor === 'app') await page.locator('.connection[data-state="saved"]').waitFor({ timeout: 60_000 })
  else await page.locator('body[data-synced]').waitFor({ timeout: 60_000 })
  await page.locator('.ProseMirror h2').nth(40).waitFor({ timeout: 60_000 })
  await page.evaluate(PAGE_PROBE)
  const index = await page.evaluate(`(() => {
    const all = [...document.querySelectorAll('.ProseMirror p')]
    const long = all.filter((p) => (p.textContent ?? '').length > 40)
    return all.indexOf(long[Math.floor(long.length / 2)])
  })()`)
  const target = page.locator('.ProseMirror p').nth(Number(index))
  await target.scrollIntoViewIfNeeded()
  await target.click()
  await page.keyboard.press('End')
  return page
}

/** Types up to `keys` characters, one every LOCAL_INTERVAL_MS, until `budgetMs` is spent; returns how many. */
async function typeKeys(page: Page, keys: number, budgetMs: number, measure: boolean): Promise<number> {
  const until = performance.now() + budgetMs
  for (let i = 0; i < keys; i++) {
    const start = performance.now()
    if (start > until) return i
    await page.keyboard.type(TEXT[i % TEXT.length] ?? ' ')
    if (measure && !(await page.evaluate(`window.__typingProbe.waitFor(${i + 1}, ${until - start + 5000})`)))
      return i
    await sleep(LOCAL_INTERVAL_MS - (performance.now() - start))
  }
  return keys
}

/** Keystroke-to-paint latency of our editor app and a bare Tiptap editor on the KKR minute × 4. */
export async function runTypingBench(options: TypingBenchOptions = {}): Promise<TypingBenchResult> {
  const log = options.log ?? (() => {})
  const settings = {
    keystrokes: options.quick ? 6 : 200,
    warmup: options.quick ? 2 : 20,
    repeats: options.quick ? 1 : 3,
    localIntervalMs: LOCAL_INTERVAL_MS,
    typistCharsPerSecond: TYPIST_CPS,
    budgetMs: options.quick ? 8_000 : 40_000,
  }
  const minutes = kkrTimesFour()
  const bare = toBareDocument(minutes)
  const appServer = await startBenchServer(ensureBuilt(appDir))
  const bareServer = await startBenchServer(
    ensureBuilt(appDir, {
      config: 'vite.bench.config.ts',
      outDir: 'dist-bench',
      page: 'bare.html',
      sources: ['bench', 'vite.bench.config.ts', 'package.json'],
    }),
  )
  const browser = await launchChromium()
  try {
    const meetings: Record<EditorKind, BenchMeeting> = {
      app: await appServer.createMeeting(minutes, TYPISTS),
      bare: await bareServer.createMeeting(bare, TYPISTS),
    }
    const urls: Record<EditorKind, string> = {
      app: meetings.app.editorLink,
      bare: `${bareServer.url}/bare.html?meeting=${meetings.bare.id}&token=${meetings.bare.editorToken}`,
    }
    const phases: PhaseResult[] = []
    for (let repeat = 1; repeat <= settings.repeats; repeat++) {
      const editors: EditorKind[] = repeat % 2 ? ['app', 'bare'] : ['bare', 'app']
      for (const editor of editors) {
        const page = await openEditor(browser.context, urls[editor], editor)
        for (const typists of repeat % 2 ? [0, TYPISTS] : [TYPISTS, 0]) {
          const meeting = meetings[editor]
          const remote = typists
            ? await startRemoteTypists(
                meeting.ws,
                meeting.id,
                meeting.typistTokens.slice(0, typists),
                TYPIST_CPS,
              )
            : undefined
          let typed: number
          try {
            await typeKeys(page, settings.warmup, settings.budgetMs / 4, false)
            await page.evaluate('window.__typingProbe.begin()')
            typed = await typeKeys(page, settings.keystrokes, settings.budgetMs, true)
          } finally {
            remote?.stop()
          }
          const { latencies, longTasks } = (await page.evaluate('window.__typingProbe.end()')) as {
            latencies: number[]
            longTasks: number[]
          }
          const saturated = typed < settings.keystrokes
          const phase = {
            ...{ editor, typists, repeat, latencies, longTasks, saturated },
            ...{ p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) },
          }
          phases.push(phase)
          log(
            `repeat ${repeat} ${editor} ${typists} typists: ${latencies.length} keys, p50 ${phase.p50.toFixed(1)} ms, ` +
              `p95 ${phase.p95.toFixed(1)} ms, ${longTasks.length} long tasks, remote chars ${remote?.typed ?? 0}` +
              (saturated ? ' (SATURATED: stopped at the time budget)' : ''),
          )
          await page.evaluate(`window.__typingProbe.settle(${settings.budgetMs})`)
        }
        await page.close()
      }
    }
    return {
      date: new Date().toISOString(),
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? '?',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim(),
      },
      settings,
      document: {
        topLevelNodes: minutes.content?.length ?? 0,
        paragraphs: count(minutes, 'paragraph'),
        bareTopLevelNodes: bare.content?.length ?? 0,
      },
      phases,
      summary: summarize(phases),
    }
  } finally {
    await browser.close()
    await appServer.close()
    await bareServer.close()
  }
}
