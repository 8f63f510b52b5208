import { execFileSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { CHROMIUM } from '../../../apps/editor/e2e/helpers/launchChromium'
import { startBench, TYPISTS } from './benchSetup'
import { LOCAL_INTERVAL_MS, openEditor, typeKeys, type EditorKind } from './editorPage'
import { percentile } from './percentile'
import { startRemoteTypists } from './remoteTypists'
import { summarize, type ConfigSummary } from './summarize'

export type { EditorKind }

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
    /** Longest wait, after a phase, for the page to catch up before the next phase. */
    settleMs: number
  }
  document: { topLevelNodes: number; paragraphs: number; bareTopLevelNodes: number }
  phases: PhaseResult[]
  summary: ConfigSummary[]
}

const TYPIST_CPS = 8
const count = (node: { type?: string; content?: unknown[] }, type: string): number =>
  (node.type === type ? 1 : 0) +
  (node.content ?? []).reduce<number>((n, c) => n + count(c as typeof node, type), 0)

/** Keystroke-to-paint latency of our editor app and a bare Tiptap editor on the KKR minute × 4. */
export async function runTypingBench(options: TypingBenchOptions = {}): Promise<TypingBenchResult> {
  const started = performance.now()
  const log = (line: string) =>
    options.log?.(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${line}`)
  const settings = {
    keystrokes: options.quick ? 4 : 200,
    warmup: options.quick ? 1 : 20,
    repeats: options.quick ? 1 : 3,
    localIntervalMs: LOCAL_INTERVAL_MS,
    typistCharsPerSecond: TYPIST_CPS,
    budgetMs: options.quick ? 3_000 : 40_000,
    settleMs: options.quick ? 1_000 : 30_000,
  }
  const { minutes, bare, browser, meetings, urls, close } = await startBench()
  log('servers, meetings and Chromium ready')
  try {
    const phases: PhaseResult[] = []
    for (let repeat = 1; repeat <= settings.repeats; repeat++) {
      const editors: EditorKind[] = repeat % 2 ? ['app', 'bare'] : ['bare', 'app']
      for (const editor of editors) {
        const page = await openEditor(browser.context, urls[editor], editor)
        log(`${editor} open`)
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
          await page.evaluate(`window.__typingProbe.settle(${settings.settleMs})`)
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
        chromium: execFileSync(CHROMIUM, ['--version'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }).trim(),
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
    await close()
  }
}
