import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer, SqliteMeetingStore, type ReferatServer } from '@referat/server'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from './helpers/axeViolations'
import { ensureBuilt } from './helpers/ensureBuilt'
import { launchChromium, type Chromium } from './helpers/launchChromium'

const appDir = resolve(fileURLToPath(import.meta.url), '../..')
const KKR = resolve(appDir, '../../../shared/fixtures/kkr-nordjylland-2024-09-20.txt')
const ADMIN_KEY = 'e2e-admin-key'

interface Created {
  id: string
  links: { editor: string; chair: string; viewer: string }
  tokens: { chair: string }
}

describe('editor app in Chromium against the real server', () => {
  let dir: string
  let store: SqliteMeetingStore
  let server: ReferatServer
  let browser: Chromium
  let meeting: Created
  let secondEditorLink: string

  const api = async (path: string, body: object) => {
    const res = await fetch(server.url + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
    return res.json() as Promise<{ token: string }>
  }

  const open = async (link: string): Promise<Page> => {
    const page = await browser.context.newPage()
    await page.goto(link)
    await page.locator('.connection[data-state="saved"]').waitFor({ timeout: 15_000 })
    await page.locator('h2[data-number]').first().waitFor()
    return page
  }

  beforeAll(async () => {
    if (!existsSync(KKR)) throw new Error(`Fixture missing: ${KKR} (the tests read ../shared/fixtures).`)
    const staticDir = ensureBuilt(appDir)
    dir = mkdtempSync(join(tmpdir(), 'referat-e2e-'))
    store = new SqliteMeetingStore({ file: join(dir, 'referat.sqlite') })
    server = createServer({
      secret: 'e2e-secret-that-is-at-least-32-bytes-long',
      adminKey: ADMIN_KEY,
      store,
      port: 0,
      logLevel: 'silent',
      staticDir,
    })
    await server.listen()
    const form = new FormData()
    form.set('title', 'KKR Nordjylland')
    form.set('file', new Blob([readFileSync(KKR)]), 'kkr-nordjylland-2024-09-20.txt')
    const res = await fetch(`${server.url}/api/meetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
      body: form,
    })
    if (res.status !== 201) throw new Error(`create meeting: ${res.status} ${await res.text()}`)
    meeting = (await res.json()) as Created
    const { token } = await api(`/api/meetings/${meeting.id}/tokens`, {
      userId: 'editor-2',
      name: 'Anden referent',
      role: 'editor',
    })
    secondEditorLink = `${server.url}/m/${meeting.id}?token=${token}`
    browser = await launchChromium()
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    store?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('renders the twelve KKR items with their numbers, case lines and sections', async () => {
    const page = await open(meeting.links.editor)
    const numbers = await page
      .locator('article[data-type="agenda-item"] > h2[data-number]')
      .evaluateAll((titles) => titles.map((t) => t.getAttribute('data-number')))
    expect(numbers).toEqual(
      ['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '3.1', '4.1'].map(
        (n) => `${n}.`,
      ),
    )
    expect(await page.locator('.case-line').first().textContent()).toMatch(/^SAG-\d{4}-\d+ \w+/)
    expect(await page.locator('.section-heading', { hasText: 'Beslutning' }).count()).toBeGreaterThanOrEqual(
      12,
    )
    expect(await page.locator('span[data-type="bilag"]').count()).toBeGreaterThan(0)
    const outline = page.getByRole('navigation', { name: 'Dagsorden' })
    expect(await outline.locator('li.item').count()).toBe(12)
    expect(await outline.locator('.decision-state').first().textContent()).toMatch(
      /ingen beslutning|beslutning skrevet/,
    )
    await page.close()
  })

  it('shows what one editor types in the other editor, and saves it', async () => {
    const [first, second] = [await open(meeting.links.editor), await open(secondEditorLink)]
    await first.locator('h2[data-number="2.1."]').click()
    await first.keyboard.press('End')
    await first.keyboard.type(' (skrevet i browseren)')
    await second
      .locator('h2[data-number="2.1."]', { hasText: '(skrevet i browseren)' })
      .waitFor({ timeout: 10_000 })
    await first.locator('.connection[data-state="saved"]').waitFor({ timeout: 10_000 })
    expect(await first.locator('.connection').textContent()).toBe('Alle ændringer er gemt')

    // Text typed above item 2.3 moves it; a click in the outline still lands in 2.3's title.
    await first
      .getByRole('navigation', { name: 'Dagsorden' })
      .getByRole('button', { name: /^2\.3\. / })
      .click()
    await first.keyboard.type('«hop» ')
    await first.locator('h2[data-number="2.3."]', { hasText: '«hop»' }).waitFor({ timeout: 10_000 })
    await first.close()
    await second.close()
  })

  it('marks an item approved in the outline as soon as the chair approves it', async () => {
    const page = await open(meeting.links.editor)
    const summary = (await (
      await fetch(`${server.url}/api/meetings/${meeting.id}`, {
        headers: { authorization: `Bearer ${ADMIN_KEY}` },
      })
    ).json()) as { items: { id: string }[] }
    const second = summary.items[1]
    if (!second) throw new Error('The meeting has no second item.')
    const entry = page.getByRole('navigation', { name: 'Dagsorden' }).locator('li.item').nth(1)
    expect(await entry.locator('.decision-state').textContent()).not.toBe('godkendt af formanden')
    const res = await fetch(`${server.url}/api/meetings/${meeting.id}/items/${second.id}/approve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.chair}` },
    })
    expect(res.status).toBe(200)
    await entry.locator('.decision-state', { hasText: 'godkendt af formanden' }).waitFor({ timeout: 10_000 })
    await page.close()
  })

  it('opens the viewer link read-only', async () => {
    const page = await open(meeting.links.viewer)
    const editor = page.getByRole('textbox', { name: 'Referatets tekst' })
    expect(await editor.getAttribute('contenteditable')).toBe('false')
    expect(await page.getByRole('toolbar').count()).toBe(0)
    const title = page.locator('h2[data-number="1.1."]')
    const before = await title.textContent()
    await title.click()
    await page.keyboard.type('ikke tilladt')
    expect(await title.textContent()).toBe(before)
    await page.close()
  })

  it('downloads the minutes as Word and PDF from the header', async () => {
    const page = await open(meeting.links.viewer)
    const links = page.getByRole('navigation', { name: 'Hent referatet' }).getByRole('link')
    expect(await links.allTextContents()).toEqual([
      'Word',
      'PDF',
      'Word (offentlig udgave)',
      'PDF (offentlig udgave)',
    ])
    for (const [name, magic] of [
      ['Word', 'PK'],
      ['PDF (offentlig udgave)', '%PDF-'],
    ] as const) {
      const href = await page.getByRole('link', { name, exact: true }).getAttribute('href')
      const res = await page.request.get(new URL(href ?? '', server.url).toString())
      expect(res.status()).toBe(200)
      expect((await res.body()).subarray(0, magic.length).toString()).toBe(magic)
    }
    await page.close()
  })

  it('has no WCAG 2.1 A/AA violations (axe-core)', async () => {
    const page = await open(meeting.links.editor)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
