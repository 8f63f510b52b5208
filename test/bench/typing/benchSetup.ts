import { resolve } from 'node:path'
import type { JSONContent } from '@tiptap/core'
import { ensureBuilt } from '../../../apps/editor/e2e/helpers/ensureBuilt'
import { launchChromium, type Chromium } from '../../../apps/editor/e2e/helpers/launchChromium'
import { startBenchServer, type BenchMeeting } from './benchServer'
import type { EditorKind } from './editorPage'
import { kkrTimesFour } from './kkrTimesFour'
import { toBareDocument } from './toBareDocument'

export const APP_DIR = resolve(import.meta.dirname, '../../../apps/editor')
export const TYPISTS = 5

export interface BenchSetup {
  minutes: JSONContent
  bare: JSONContent
  browser: Chromium
  meetings: Record<EditorKind, BenchMeeting>
  /** The page to open for each editor, with an editor token. */
  urls: Record<EditorKind, string>
  close(): Promise<void>
}

/** Built pages of the app and the bare editor (default: `dist` and `dist-bench`, rebuilt when stale). */
export type StaticDirs = Record<EditorKind, string>

const builtDirs = (): StaticDirs => ({
  app: ensureBuilt(APP_DIR),
  bare: ensureBuilt(APP_DIR, {
    config: 'vite.bench.config.ts',
    outDir: 'dist-bench',
    page: 'bare.html',
    sources: ['bench', 'vite.bench.config.ts', 'package.json'],
  }),
})

/**
 * Two instances of our server, one serving the app with the KKR minute × 4, one serving the bare page with
 * the same text as plain blocks, and Debian's Chromium.
 */
export async function startBench(dirs: StaticDirs = builtDirs()): Promise<BenchSetup> {
  const minutes = kkrTimesFour()
  const bare = toBareDocument(minutes)
  const appServer = await startBenchServer(dirs.app)
  const bareServer = await startBenchServer(dirs.bare)
  const browser = await launchChromium()
  const close = async () => {
    await browser.close()
    await appServer.close()
    await bareServer.close()
  }
  try {
    const meetings: Record<EditorKind, BenchMeeting> = {
      app: await appServer.createMeeting(minutes, TYPISTS),
      bare: await bareServer.createMeeting(bare, TYPISTS),
    }
    const urls: Record<EditorKind, string> = {
      app: meetings.app.editorLink,
      bare: `${bareServer.url}/bare.html?meeting=${meetings.bare.id}&token=${meetings.bare.editorToken}`,
    }
    return { minutes, bare, browser, meetings, urls, close }
  } catch (error) {
    await close()
    throw error
  }
}
