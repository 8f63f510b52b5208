import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
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
const ARTIFACTS = join(appDir, 'e2e/artifacts')
const ADMIN_KEY = 'e2e-meetings-admin-key'
const WAIT = { timeout: 20_000 }
// Several Chromium pages on a shared 2-core machine; each step has its own wait above.
const TEST_TIMEOUT = 120_000
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

describe('meetings screens in Chromium against the real server', () => {
  let dir: string
  let store: SqliteMeetingStore
  let server: ReferatServer
  let browser: Chromium

  const meetingCount = () => store.listMeetings().length

  const signedIn = async (): Promise<Page> => {
    const page = await browser.context.newPage()
    await page.goto(`${server.url}/`)
    await page.getByLabel('Administratornøgle').fill(ADMIN_KEY)
    await page.getByRole('button', { name: 'Log ind' }).click()
    await page.getByRole('heading', { level: 1, name: 'Møder' }).waitFor(WAIT)
    return page
  }

  const listRow = (page: Page, title: string) =>
    page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: title }) })

  const backToList = async (page: Page) => {
    await page.goto(`${server.url}/`)
    await page.getByRole('table').waitFor(WAIT)
  }

  const openAsEditor = async (page: Page) => {
    await page.getByRole('button', { name: 'Åbn som referent' }).click()
    await page.waitForURL(/\/m\/[^/]+\?token=/, WAIT)
    await page.locator('.connection[data-state="saved"]').waitFor(WAIT)
  }

  beforeAll(async () => {
    if (!existsSync(KKR)) throw new Error(`Fixture missing: ${KKR} (the tests read ../shared/fixtures).`)
    mkdirSync(ARTIFACTS, { recursive: true })
    const staticDir = ensureBuilt(appDir)
    dir = mkdtempSync(join(tmpdir(), 'referat-e2e-meetings-'))
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
    browser = await launchChromium()
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    store?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it(
    'refuses a wrong admin key in Danish and lets the right one in',
    async () => {
      const page = await browser.context.newPage()
      await page.goto(`${server.url}/`)
      await page.getByRole('heading', { level: 1, name: 'Log ind som administrator' }).waitFor(WAIT)
      expect(await axeViolations(page)).toEqual([])
      await page.getByLabel('Administratornøgle').fill('forkert-nøgle')
      await page.getByRole('button', { name: 'Log ind' }).click()
      const alert = page.getByRole('alert').filter({ hasText: 'Nøglen er forkert' })
      await alert.waitFor(WAIT)
      await page.screenshot({ path: join(ARTIFACTS, 'meetings-sign-in.png') })
      await page.getByLabel('Administratornøgle').fill(ADMIN_KEY)
      await page.getByRole('button', { name: 'Log ind' }).click()
      await page.getByRole('heading', { level: 1, name: 'Møder' }).waitFor(WAIT)
      await page.reload()
      await page.getByRole('heading', { level: 1, name: 'Møder' }).waitFor(WAIT)
      await page.close()
    },
    TEST_TIMEOUT,
  )

  it(
    'creates a blank meeting from the form: kladde until someone writes, then i gang',
    async () => {
      const page = await signedIn()
      await page.getByLabel('Udvalg').fill('Økonomiudvalget')
      await page.getByLabel('Titel', { exact: true }).fill('Møde i Økonomiudvalget')
      await page.getByLabel('Dato').fill('2024-10-01')
      await page.getByLabel('Sted').fill('Rådhuset')
      await page.getByRole('button', { name: 'Opret møde' }).click()
      await page.getByRole('heading', { level: 1, name: 'Møde i Økonomiudvalget' }).waitFor(WAIT)
      expect(await page.getByRole('status').filter({ hasText: 'Mødet er oprettet' }).count()).toBe(1)
      expect(await page.locator('.meeting-meta').textContent()).toBe(
        'Økonomiudvalget · 1. oktober 2024 · Rådhuset',
      )
      expect(await page.locator('.meeting-detail-status').textContent()).toBe('Status: kladde')

      await page.getByRole('link', { name: 'Tilbage til møderne' }).click()
      const row = listRow(page, 'Møde i Økonomiudvalget')
      await row.waitFor(WAIT)
      expect(await row.getByRole('cell').allTextContents()).toEqual([
        'Møde i Økonomiudvalget',
        'Økonomiudvalget',
        '1. oktober 2024',
        'kladde',
      ])

      await row.getByRole('link').click()
      await openAsEditor(page)
      expect(await page.locator('.role').textContent()).toBe('Referent – Mødesekretær')
      await backToList(page)
      expect(await listRow(page, 'Møde i Økonomiudvalget').getByRole('cell').last().textContent()).toBe(
        'kladde',
      )

      await listRow(page, 'Møde i Økonomiudvalget').getByRole('link').click()
      await openAsEditor(page)
      await page.locator('h2[data-number]').first().click()
      await page.keyboard.press('End')
      await page.keyboard.type(' og budget')
      await page.locator('.connection[data-state="saved"]').waitFor(WAIT)
      await backToList(page)
      expect(await listRow(page, 'Møde i Økonomiudvalget').getByRole('cell').last().textContent()).toBe(
        'i gang',
      )
      await listRow(page, 'Møde i Økonomiudvalget').getByRole('link').click()
      await page.locator('.meeting-detail-status').getByText('i gang').waitFor(WAIT)
      await backToList(page)
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: join(ARTIFACTS, 'meetings-list.png'), fullPage: true })
      await page.close()
    },
    TEST_TIMEOUT,
  )

  it(
    'imports the KKR agenda, opens it with 12 items, and hands a named chair a personal link',
    async () => {
      const page = await signedIn()
      const before = meetingCount()
      await page.getByLabel('Fil (.txt eller .docx)').setInputFiles(KKR)
      await page.getByLabel('Titel (valgfri – ellers bruges filens)').fill('KKR Nordjylland 20. september')
      await page.getByRole('button', { name: 'Importér' }).click()
      await page.getByRole('heading', { level: 1, name: 'KKR Nordjylland 20. september' }).waitFor(WAIT)
      expect(meetingCount()).toBe(before + 1)
      expect(await page.locator('dd[data-count="items"]').textContent()).toBe('12')
      expect(await page.locator('.summary-items li').count()).toBe(12)
      const detailUrl = page.url()

      await page.getByLabel('Navn').fill('Anne Andersen')
      await page.getByLabel('Rolle').selectOption({ label: 'Formand' })
      await page.getByLabel('Linket virker i').selectOption({ label: '30 dage' })
      await page.getByRole('button', { name: 'Lav link' }).click()
      const link = page.getByRole('textbox', { name: 'Link til Anne Andersen (Formand)', exact: true })
      await link.waitFor(WAIT)
      const url = await link.inputValue()
      expect(url).toMatch(new RegExp(`^${server.url}/m/[^/?]+\\?token=`))
      const claims = JSON.parse(
        Buffer.from(new URL(url).searchParams.get('token')!.split('.')[1]!, 'base64url').toString(),
      ) as { name: string; role: string; iat: number; exp: number }
      expect(claims).toMatchObject({
        name: 'Anne Andersen',
        role: 'chair',
        exp: claims.iat + 30 * 24 * 60 * 60,
      })
      expect(
        await page.getByRole('link', { name: 'Åbn: Link til Anne Andersen (Formand)' }).getAttribute('href'),
      ).toBe(url)
      await page.getByRole('button', { name: 'Kopiér' }).click()
      await page.getByRole('status').filter({ hasText: 'Linket er kopieret.' }).waitFor(WAIT)
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: join(ARTIFACTS, 'meeting-detail.png'), fullPage: true })

      const chair = await browser.context.newPage()
      await chair.goto(url)
      await chair.locator('.connection[data-state="saved"]').waitFor(WAIT)
      expect(await chair.locator('.role').textContent()).toBe('Formand – Anne Andersen')
      await chair.close()

      const { pathname, searchParams } = new URL(url)
      const asChair = () =>
        fetch(`${server.url}/api${pathname.replace(/^\/m\//, '/meetings/')}`, {
          headers: { authorization: `Bearer ${searchParams.get('token')}` },
        })
      expect((await asChair()).status).toBe(200)
      await page.getByRole('button', { name: 'Tilbagekald: Link til Anne Andersen (Formand)' }).click()
      await page.getByRole('status').filter({ hasText: 'Linket er tilbagekaldt' }).waitFor(WAIT)
      expect((await asChair()).status).toBe(401)

      await page.goto(detailUrl)
      await openAsEditor(page)
      const outline = page.getByRole('navigation', { name: 'Dagsorden' })
      await outline.locator('li.item').first().waitFor(WAIT)
      expect(await outline.locator('li.item').count()).toBe(12)
      await page.close()
    },
    TEST_TIMEOUT,
  )

  it(
    'refuses an invalid upload with a Danish sentence, keeps the form and creates nothing',
    async () => {
      const page = await signedIn()
      const before = meetingCount()
      const file = page.getByLabel('Fil (.txt eller .docx)')
      const alert = page.locator('#import-error')
      for (const [upload, expected] of [
        [{ name: 'dagsorden.txt', mimeType: 'text/plain', buffer: PNG }, 'Filen er hverken en tekstfil'],
        [{ name: 'tom.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }, 'Filen er tom.'],
        [{ name: 'dagsorden.docx', mimeType: 'application/octet-stream', buffer: PNG }, 'Word-dokument'],
      ] as const) {
        await file.setInputFiles(upload)
        await page.getByRole('button', { name: 'Importér' }).click()
        await alert.filter({ hasText: expected }).waitFor(WAIT)
        expect(await file.evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe(upload.name)
      }
      expect(meetingCount()).toBe(before)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Møder')
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: join(ARTIFACTS, 'meetings-import-error.png'), fullPage: true })
      await page.close()
    },
    TEST_TIMEOUT,
  )
})
