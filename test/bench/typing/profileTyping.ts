import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { APP_DIR, startBench, TYPISTS } from './benchSetup'
import { cpuProfileSummary, type CpuProfile } from './cpuProfileSummary'
import { openEditor, typeKeys, type EditorKind } from './editorPage'
import { startRemoteTypists } from './remoteTypists'

/*
 * `pnpm exec tsx test/bench/typing/profileTyping.ts`: where the main thread's time goes in the app and in bare
 * Tiptap (unminified builds, CPU profile over CDP), for 100 local keystrokes and for 10 s of 5 remote
 * typists. Prints per-keystroke / per-remote-character busy time and the heaviest functions; writes the
 * .cpuprofile files (open them in Chromium's DevTools) to test/bench/results/.
 */
const build = (config: string, outDir: string) => {
  execFileSync(
    'pnpm',
    [
      'exec',
      'vite',
      'build',
      '--config',
      config,
      '--minify',
      'false',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: APP_DIR,
      stdio: 'inherit',
    },
  )
  return outDir
}
const tmp = join(tmpdir(), 'referat-typing-profile')
const bench = await startBench({
  app: build('vite.config.ts', join(tmp, 'app')),
  bare: build('vite.bench.config.ts', join(tmp, 'bare')),
})
const resultsDir = resolve(import.meta.dirname, '../results')
mkdirSync(resultsDir, { recursive: true })

async function profile(page: Page, name: string, work: () => Promise<number>, unit: string) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 })
  await cdp.send('Profiler.start')
  const count = await work()
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
  writeFileSync(join(resultsDir, `typing-${name}.cpuprofile`), JSON.stringify(profile))
  const { busyMs, functions } = cpuProfileSummary(profile)
  console.log(
    `\n## ${name}: ${(busyMs / count).toFixed(1)} ms main-thread busy per ${unit} (${count} ${unit}s)`,
  )
  for (const f of functions.slice(0, 40))
    console.log(
      `${(f.totalMs / count).toFixed(2).padStart(7)} total ${(f.selfMs / count).toFixed(2).padStart(6)} self  ${f.name}`,
    )
}

try {
  for (const editor of ['app', 'bare'] as EditorKind[]) {
    const page = await openEditor(bench.browser.context, bench.urls[editor], editor)
    await typeKeys(page, 20, 30_000, false)
    await profile(page, `${editor}-local`, () => typeKeys(page, 100, 120_000, false), 'keystroke')
    const meeting = bench.meetings[editor]
    const typists = await startRemoteTypists(meeting.ws, meeting.id, meeting.typistTokens.slice(0, TYPISTS))
    await profile(
      page,
      `${editor}-remote`,
      async () => {
        const before = typists.typed
        await new Promise((r) => setTimeout(r, 10_000))
        return typists.typed - before
      },
      'remote character',
    )
    typists.stop()
    await page.close()
  }
} finally {
  await bench.close()
}
