import type { BrowserContext, Page } from 'playwright-core'
import { PAGE_PROBE } from './pageProbe'

export type EditorKind = 'app' | 'bare'

export const LOCAL_INTERVAL_MS = 100
const TEXT = 'beslutning taget '
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Opens the editor with the probe installed and the caret at the end of a long paragraph mid-document. */
export async function openEditor(context: BrowserContext, url: string, editor: EditorKind): Promise<Page> {
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
export async function typeKeys(
  page: Page,
  keys: number,
  budgetMs: number,
  measure: boolean,
): Promise<number> {
  const until = performance.now() + budgetMs
  for (let i = 0; i < keys; i++) {
    const start = performance.now()
    if (start > until) return i
    await page.keyboard.type(TEXT[i % TEXT.length] ?? ' ')
    if (measure && !(await page.evaluate(`window.__typingProbe.waitFor(${i + 1}, ${until - start + 1000})`)))
      return i
    await sleep(LOCAL_INTERVAL_MS - (performance.now() - start))
  }
  return keys
}
