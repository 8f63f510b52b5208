import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from './helpers/axeViolations'
import { launchBrowser } from './helpers/launchBrowser'
import { startKkrMeeting, type KkrMeeting } from './helpers/startKkrMeeting'

const appDir = resolve(fileURLToPath(import.meta.url), '../..')
const artifacts = resolve(appDir, 'e2e/artifacts')
const WAIT = { timeout: 30_000 }
/** Several contexts type and sync on two shared cores. */
const SLOW = 180_000

/** The minutes' text as the document holds it: without the other users' caret labels. */
const editorText = (page: Page) =>
  page.locator('.ProseMirror').evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove())
    return copy.textContent ?? ''
  })

const title = (page: Page, number: string) => page.locator(`h2[data-number="${number}."]`)

/** Puts the caret at the end (or start) of an item's title. */
async function caretInTitle(page: Page, number: string, where: 'End' | 'Home' = 'End') {
  await title(page, number).click()
  await page.keyboard.press(where)
}

/** Whether the meeting's IndexedDB copy holds an update with this text (typed in one transaction). */
const storedLocally = (page: Page, meetingId: string, text: string) =>
  page.evaluate(
    ([name, wanted]) =>
      new Promise<boolean>((done, fail) => {
        const open = indexedDB.open(name!)
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('updates').objectStore('updates').getAll()
          request.onerror = () => fail(request.error)
          request.onsuccess = () => {
            const bytes = new TextEncoder().encode(wanted)
            const holds = (update: Uint8Array) =>
              update.some((_, i) => bytes.every((byte, j) => update[i + j] === byte))
            open.result.close()
            done((request.result as Uint8Array[]).some(holds))
          }
        }
      }),
    [`referat-${meetingId}`, text],
  )

describe('co-writing in Chromium: carets, presence, offline', () => {
  let browser: Browser
  let meeting: KkrMeeting
  let secondEditorLink: string
  const contexts: BrowserContext[] = []

  const newContext = async () => {
    const context = await browser.newContext()
    contexts.push(context)
    return context
  }

  const open = async (context: BrowserContext, link: string): Promise<Page> => {
    const page = await context.newPage()
    await page.goto(link)
    await page.locator('.connection[data-state="saved"]').waitFor(WAIT)
    await page.locator('h2[data-number]').first().waitFor(WAIT)
    return page
  }

  const summary = () => meeting.get<{ items: { title: string }[] }>(`/api/meetings/${meeting.id}`)

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    meeting = await startKkrMeeting(appDir)
    secondEditorLink = await meeting.link('editor-2', 'Anne Berg', 'editor')
    browser = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
    await meeting?.close()
  })

  it(
    'merges concurrent typing in different items and in one paragraph, identically in both',
    async () => {
      const [a, b] = [
        await open(await newContext(), meeting.links.editor),
        await open(await newContext(), secondEditorLink),
      ]
      await caretInTitle(a, '2.1')
      await caretInTitle(b, '2.2')
      await Promise.all([
        a.keyboard.type(' «a-items»', { delay: 15 }),
        b.keyboard.type(' «b-items»', { delay: 15 }),
      ])
      await caretInTitle(a, '2.3', 'End')
      await caretInTitle(b, '2.3', 'Home')
      await Promise.all([
        a.keyboard.type(' «a-same»', { delay: 15 }),
        b.keyboard.type('«b-same» ', { delay: 15 }),
      ])
      for (const page of [a, b]) {
        await title(page, '2.1').filter({ hasText: '«a-items»' }).waitFor(WAIT)
        await title(page, '2.2').filter({ hasText: '«b-items»' }).waitFor(WAIT)
        await expect.poll(() => title(page, '2.3').textContent(), WAIT).toMatch(/«b-same».*«a-same»/)
        await page.locator('.connection[data-state="saved"]').waitFor(WAIT)
      }
      expect(await editorText(a)).toBe(await editorText(b))
      expect(await title(a, '2.3').textContent()).toMatch(/^«b-same» .* «a-same»$/)
      const titles = (await summary()).items.map((item) => item.title)
      expect(titles[2]).toContain('«a-items»')
      expect(titles[3]).toContain('«b-items»')
      expect(titles[4]).toMatch(/^«b-same» .* «a-same»$/)

      // B's caret, with B's name, is drawn in A's editor; A's outline shows B in item 2.3.
      await a.locator('.collaboration-carets__label', { hasText: 'Anne Berg' }).first().waitFor(WAIT)
      const row = a.getByRole('navigation', { name: 'Dagsorden' }).locator('li.item').nth(4)
      await row.locator('.outline-presence', { hasText: 'Anne Berg' }).waitFor(WAIT)
      expect(await row.locator('.outline-initials').allTextContents()).toContain('AB')
      await a.screenshot({ path: join(artifacts, 'collab-carets.png') })
      await a.close()
      await b.close()
    },
    SLOW,
  )

  it(
    'lists each person once in the header, however many tabs they have open',
    async () => {
      const a = await open(await newContext(), meeting.links.editor)
      const second = await newContext()
      const tabs = [await open(second, secondEditorLink), await open(second, secondEditorLink)]
      const presence = a.getByRole('region', { name: 'Til stede i referatet' }).getByRole('listitem')
      await presence.filter({ hasText: 'Anne Berg' }).waitFor(WAIT)
      await expect.poll(() => presence.allTextContents(), WAIT).toEqual(['Anne Berg', 'Referent (dig)'])
      await a.screenshot({ path: join(artifacts, 'collab-presence.png') })
      for (const page of [a, ...tabs]) await page.close()
    },
    SLOW,
  )

  it(
    'keeps the viewer from typing',
    async () => {
      const page = await open(await newContext(), meeting.links.viewer)
      const editor = page.getByRole('textbox', { name: 'Referatets tekst' })
      expect(await editor.getAttribute('contenteditable')).toBe('false')
      const before = await editorText(page)
      await title(page, '1.1').click()
      await page.keyboard.type('ikke tilladt')
      expect(await editorText(page)).toBe(before)
      await page.close()
    },
    SLOW,
  )

  it(
    'keeps typing offline, reloads offline from the service worker and IndexedDB, and merges on reconnect',
    async () => {
      const a = await open(await newContext(), meeting.links.editor)
      const offlineContext = await newContext()
      const b = await open(offlineContext, secondEditorLink)
      await b.waitForFunction(() => navigator.serviceWorker.controller !== null, null, WAIT)

      await offlineContext.setOffline(true)
      const status = b.locator('.connection[data-state="offline"]')
      await status.waitFor(WAIT)
      expect(await status.textContent()).toBe('Offline – ændringer gemmes lokalt')
      await caretInTitle(b, '2.4')
      await b.keyboard.type(' offline', { delay: 15 })
      await b.keyboard.insertText(' «b-offline»')
      await caretInTitle(a, '2.4', 'Home')
      await a.keyboard.type('«a-online» ', { delay: 15 })
      await title(a, '2.4').filter({ hasText: '«a-online»' }).waitFor(WAIT)
      await expect.poll(() => storedLocally(b, meeting.id, ' «b-offline»'), WAIT).toBe(true)
      expect(await title(a, '2.4').textContent()).not.toContain('«b-offline»')

      await b.reload()
      await title(b, '2.4').filter({ hasText: 'offline «b-offline»' }).waitFor(WAIT)
      await b.locator('.connection[data-state="offline"]').waitFor(WAIT)
      expect(await b.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
      const cached = await b.evaluate(async () =>
        (await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys())))
          .flat()
          .map((request) => new URL(request.url).pathname),
      )
      expect(cached).toContain('/index.html')
      expect(cached.some((path) => path.startsWith('/assets/'))).toBe(true)
      expect(cached.filter((path) => path.startsWith('/api/') || path.startsWith('/collab'))).toEqual([])
      await b.screenshot({ path: join(artifacts, 'collab-offline.png') })
      await caretInTitle(b, '2.5')
      await b.keyboard.insertText(' «b-after-reload»')
      await expect.poll(() => storedLocally(b, meeting.id, ' «b-after-reload»'), WAIT).toBe(true)

      await offlineContext.setOffline(false)
      for (const page of [a, b]) {
        await title(page, '2.4')
          .filter({ hasText: '«a-online»' })
          .filter({ hasText: '«b-offline»' })
          .waitFor(WAIT)
        await title(page, '2.5').filter({ hasText: '«b-after-reload»' }).waitFor(WAIT)
        await page.locator('.connection[data-state="saved"]').waitFor(WAIT)
      }
      expect(await editorText(a)).toBe(await editorText(b))
      const titles = (await summary()).items.map((item) => item.title)
      expect(titles[5]).toMatch(/^«a-online» .* offline «b-offline»$/)
      expect(titles[6]).toContain('«b-after-reload»')
      await a.close()
      await b.close()
    },
    SLOW,
  )

  it(
    'has no WCAG 2.1 A/AA violations with presence and carets showing',
    async () => {
      const a = await open(await newContext(), meeting.links.editor)
      const b = await open(await newContext(), secondEditorLink)
      await caretInTitle(b, '1.1')
      await b.keyboard.type(' ')
      await a.locator('.collaboration-carets__label', { hasText: 'Anne Berg' }).first().waitFor(WAIT)
      await a.locator('.outline-presence').first().waitFor(WAIT)
      expect(await axeViolations(a)).toEqual([])
      await a.close()
      await b.close()
    },
    SLOW,
  )
})
