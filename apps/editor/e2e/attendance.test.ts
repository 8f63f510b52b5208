import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AttendanceCounts } from '@referat/schema'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from './helpers/axeViolations'
import { launchChromium, type Chromium } from './helpers/launchChromium'
import { startKkrMeeting, type KkrMeeting } from './helpers/startKkrMeeting'

const appDir = resolve(fileURLToPath(import.meta.url), '../..')
const artifacts = join(appDir, 'e2e/artifacts')
const WAIT = { timeout: 20_000 }

const item = (page: Page, number: string) =>
  page.locator(`article[data-type="agenda-item"]:has(> h2[data-number="${number}."])`)
const section = (page: Page, number: string, kind: string) =>
  item(page, number).locator(`section[data-kind="${kind}"]`)

async function counts(page: Page): Promise<AttendanceCounts> {
  const read = async (key: string) =>
    Number(await page.locator(`.attendance-counts [data-count="${key}"] dd`).textContent())
  return {
    present: await read('present'),
    absent: await read('absent'),
    substitutes: await read('substitutes'),
  }
}

async function until<T>(read: () => Promise<T>, wanted: T, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout
  let last = await read()
  while (JSON.stringify(last) !== JSON.stringify(wanted) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200))
    last = await read()
  }
  return last
}

/** Puts the caret at the end of the first paragraph of a section. */
async function caretIn(target: Locator) {
  await target.locator('p').first().click()
  await target.page().keyboard.press('End')
}

describe(
  'attendance, toolbar, shortcuts and language in Chromium against the real server',
  { timeout: 90_000 },
  () => {
    let meeting: KkrMeeting
    let browser: Chromium
    let secondEditorLink: string

    const open = async (link: string): Promise<Page> => {
      const page = await browser.context.newPage()
      await page.goto(link)
      await page.locator('.connection[data-state="saved"]').waitFor(WAIT)
      await page.locator('h2[data-number]').first().waitFor(WAIT)
      return page
    }

    beforeAll(async () => {
      mkdirSync(artifacts, { recursive: true })
      meeting = await startKkrMeeting(appDir)
      secondEditorLink = await meeting.link('editor-2', 'Anden referent', 'editor')
      browser = await launchChromium()
    }, 180_000)

    afterAll(async () => {
      await browser?.close()
      await meeting?.close()
    })

    it('marks afbud and a substitute for them; the counts reach a second editor and the server', async () => {
      const [page, other] = [await open(meeting.links.editor), await open(secondEditorLink)]
      const start = { present: 15, absent: 9, substitutes: 2 }
      expect(await counts(page)).toEqual(start)
      await page.getByRole('button', { name: 'Vis fremmøde' }).click()
      const panel = page.getByRole('region', { name: 'Fremmøde' })
      await panel
        .getByRole('group', { name: /^Jes Lunde/ })
        .getByRole('radio', { name: 'Afbud' })
        .check()
      const leif = panel.getByRole('group', { name: /^Leif Skaarup/ })
      await leif.getByRole('radio', { name: 'Suppleant' }).check()
      await leif.getByRole('combobox', { name: 'Suppleant for' }).selectOption('Jes Lunde')
      const after = { present: 14, absent: 10, substitutes: 3 }
      expect(await until(() => counts(page), after)).toEqual(after)

      expect(await until(() => counts(other), after)).toEqual(after)
      await other
        .locator('div[data-type="attendee"]', {
          hasText: 'Leif Skaarup (A) Mariagerfjord Kommune, Suppl. for Jes Lunde',
        })
        .waitFor(WAIT)
      const summary = () =>
        meeting.get<{ attendance: AttendanceCounts }>(`/api/meetings/${meeting.id}`).then((s) => s.attendance)
      expect(await until(summary, after)).toEqual(after)
      await page.screenshot({ path: join(artifacts, 'attendance-panel.png'), fullPage: false })
      await page.close()
      await other.close()
    })

    it('shows the attendance to a viewer without controls', async () => {
      const page = await open(meeting.links.viewer)
      await page.getByRole('button', { name: 'Vis fremmøde' }).click()
      const panel = page.getByRole('region', { name: 'Fremmøde' })
      await panel.getByText('Jes Lunde (B) Aalborg Kommune – Afbud').waitFor(WAIT)
      expect(await panel.getByRole('radio').count()).toBe(0)
      expect(await panel.getByRole('textbox').count()).toBe(0)
      await page.close()
    })

    it('adds a guest from the panel', async () => {
      const page = await open(meeting.links.editor)
      await page.getByRole('button', { name: 'Vis fremmøde' }).click()
      const panel = page.getByRole('region', { name: 'Fremmøde' })
      await panel.getByRole('button', { name: 'Tilføj' }).click()
      await panel.getByRole('alert').filter({ hasText: 'Skriv et navn.' }).waitFor(WAIT)
      await panel.getByRole('combobox', { name: 'Deltager som' }).selectOption({ label: 'Gæster' })
      await panel.getByRole('textbox', { name: 'Navn' }).fill('Mette Gæst')
      await panel.getByRole('textbox', { name: 'Organisation' }).fill('Region Nordjylland')
      await panel.getByRole('textbox', { name: 'Funktion' }).fill('Oplægsholder')
      await panel.getByRole('button', { name: 'Tilføj' }).click()
      const guests = panel.locator('.attendee-group', { has: page.getByRole('heading', { name: 'Gæster' }) })
      await guests.getByRole('group', { name: 'Mette Gæst, Region Nordjylland, Oplægsholder' }).waitFor(WAIT)
      await page
        .locator('div[data-type="attendee"]', { hasText: 'Mette Gæst Region Nordjylland, Oplægsholder' })
        .waitFor(WAIT)
      expect(await until(() => counts(page), { present: 15, absent: 10, substitutes: 3 })).toEqual({
        present: 15,
        absent: 10,
        substitutes: 3,
      })
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    })

    it('inserts and edits a table and a link through the toolbar, and undoes', async () => {
      const page = await open(meeting.links.editor)
      const toolbar = page.getByRole('toolbar', { name: 'Formatering og indsættelse' })
      const decision = section(page, '2.2', 'beslutning')
      await caretIn(decision)
      await toolbar.getByRole('button', { name: 'Indsæt tabel' }).click()
      const table = decision.locator('table')
      await table.waitFor(WAIT)
      expect(await table.locator('tr').count()).toBe(3)
      expect(await table.locator('tr').first().locator('th, td').count()).toBe(3)
      await toolbar.getByRole('button', { name: 'Tilføj række' }).click()
      await toolbar.getByRole('button', { name: 'Tilføj kolonne' }).click()
      expect(await table.locator('tr').count()).toBe(4)
      expect(await table.locator('tr').first().locator('th, td').count()).toBe(4)
      await toolbar.getByRole('button', { name: 'Slet række' }).click()
      await toolbar.getByRole('button', { name: 'Slet kolonne' }).click()
      expect(await table.locator('tr').count()).toBe(3)
      expect(await table.locator('tr').first().locator('th, td').count()).toBe(3)
      await toolbar.getByRole('button', { name: 'Slet tabel' }).click()
      expect(await decision.locator('table').count()).toBe(0)
      await toolbar.getByRole('button', { name: 'Fortryd' }).click()
      await decision.locator('table').waitFor(WAIT)
      await toolbar.getByRole('button', { name: 'Gentag' }).click()
      expect(await decision.locator('table').count()).toBe(0)
      await toolbar.getByRole('button', { name: 'Fortryd' }).click()
      await decision.locator('table td').first().click()
      await toolbar.getByRole('button', { name: 'Slet tabel' }).click()
      expect(await decision.locator('table').count()).toBe(0)

      await caretIn(decision)
      await page.keyboard.type(' Se ')
      await toolbar.getByRole('button', { name: 'Link…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Link' })
      const url = dialog.getByRole('textbox', { name: 'Adresse (URL)' })
      await url.fill('kl.dk')
      await dialog.getByRole('button', { name: 'Gem link' }).click()
      await dialog.getByRole('alert').waitFor(WAIT)
      expect(await url.getAttribute('aria-invalid')).toBe('true')
      await url.fill('https://www.kl.dk/kkr')
      await dialog.getByRole('button', { name: 'Gem link' }).click()
      const link = decision.locator('a[href="https://www.kl.dk/kkr"]')
      await link.waitFor(WAIT)
      expect(await link.textContent()).toBe('https://www.kl.dk/kkr')
      await link.click()
      await toolbar.getByRole('button', { name: 'Link…' }).click()
      expect(await url.inputValue()).toBe('https://www.kl.dk/kkr')
      await dialog.getByRole('button', { name: 'Fjern link' }).click()
      expect(await decision.locator('a').count()).toBe(0)
      expect(await decision.textContent()).toContain('https://www.kl.dk/kkr')
      await page.close()
    })

    it('inserts a bilag through the dialog and shows its title on the chip', async () => {
      const page = await open(meeting.links.editor)
      await caretIn(section(page, '2.3', 'beslutning'))
      await page.getByRole('button', { name: 'Indsæt bilag (./.)' }).click()
      const dialog = page.getByRole('dialog', { name: 'Indsæt bilag' })
      await dialog.getByRole('textbox', { name: 'Bilagets titel' }).fill('Budgetnotat 2025')
      await dialog.getByRole('checkbox', { name: 'Må offentliggøres' }).uncheck()
      await page.screenshot({ path: join(artifacts, 'bilag-dialog.png') })
      await dialog.getByRole('button', { name: 'Indsæt bilag' }).click()
      const chip = section(page, '2.3', 'beslutning').locator(
        'span[data-type="bilag"][data-title="Budgetnotat 2025"]',
      )
      await chip.waitFor(WAIT)
      expect(await chip.getAttribute('data-publishable')).toBe('false')
      expect(await chip.getAttribute('aria-label')).toBe('Bilag: Budgetnotat 2025')
      expect(await chip.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('" Budgetnotat 2025"')
      expect(await dialog.isVisible()).toBe(false)
      await page.close()
    })

    it('runs every shortcut of the help table', async () => {
      const page = await open(meeting.links.editor)
      await item(page, '2.1').locator('h2').click()
      await page.keyboard.press('Control+Alt+g')
      await page.keyboard.type('Efter genvej: ')
      await section(page, '2.1', 'beslutning')
        .locator('p', { hasText: /^Efter genvej: / })
        .waitFor(WAIT)

      const items = await page.locator('article[data-type="agenda-item"]').count()
      await item(page, '4.1').locator('h2').click()
      await page.keyboard.press('End')
      await page.keyboard.press('Control+Alt+p')
      await item(page, '4.2').waitFor(WAIT)
      expect(await page.locator('article[data-type="agenda-item"]').count()).toBe(items + 1)
      await page.keyboard.type('Aftale om Grønt Danmark')
      await item(page, '4.2').locator('h2', { hasText: 'Aftale om Grønt Danmark' }).waitFor(WAIT)

      await section(page, '4.2', 'indstilling').locator('p').first().click()
      await page.keyboard.type('Det indstilles, at KKR Nordjylland godkender aftalen.')
      await page.keyboard.press('Control+Alt+s')
      await section(page, '4.2', 'beslutning')
        .locator('p', { hasText: 'KKR Nordjylland godkendte aftalen.' })
        .waitFor(WAIT)

      await page.keyboard.press('Control+Alt+b')
      const dialog = page.getByRole('dialog', { name: 'Indsæt bilag' })
      await dialog.waitFor(WAIT)
      await page.keyboard.type('Aftaletekst')
      await page.keyboard.press('Enter')
      // The suggestion leaves the caret at the end of the new decision, so the bilag lands there.
      await section(page, '4.2', 'beslutning')
        .locator('span[data-type="bilag"][data-title="Aftaletekst"]')
        .waitFor(WAIT)
      expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true)

      await page.keyboard.press('Control+Alt+k')
      await page.getByRole('dialog', { name: 'Tastaturgenveje' }).waitFor(WAIT)
      await page.keyboard.press('Escape')
      await page.close()
    })

    it('opens the help dialog by keyboard, keeps focus in it, lists the shortcuts and returns focus', async () => {
      const page = await open(meeting.links.editor)
      const button = page.getByRole('button', { name: 'Tastaturgenveje' })
      await button.focus()
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: 'Tastaturgenveje' })
      await dialog.waitFor(WAIT)
      const rows = await dialog.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent))
      expect(rows).toEqual([
        'Ctrl+Alt+GNæste punkt – beslutning',
        'Ctrl+Alt+SForeslå beslutning ud fra indstillingen',
        'Ctrl+Alt+BIndsæt bilag',
        'Ctrl+Alt+PIndsæt punkt',
        'Ctrl+Alt+KVis tastaturgenveje',
        'Ctrl+ZFortryd',
        'Ctrl+Shift+ZGentag',
        'Ctrl+BFed',
        'Ctrl+IKursiv',
      ])
      const focusInDialog = () =>
        page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')))
      for (let i = 0; i < 4; i++) {
        expect(await focusInDialog()).toBe(true)
        await page.keyboard.press('Tab')
      }
      expect(await focusInDialog()).toBe(true)
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: join(artifacts, 'help-dialog.png') })
      await page.keyboard.press('Escape')
      expect(await dialog.isVisible()).toBe(false)
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)

      await page.getByRole('button', { name: 'Vis fremmøde' }).click()
      expect(await axeViolations(page)).toEqual([])
      await page.keyboard.press('Control+Alt+k')
      await dialog.waitFor(WAIT)
      await page.keyboard.press('Escape')
      await page.close()
    })

    it('switches the interface to English and back', async () => {
      const page = await open(meeting.links.editor)
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('da')
      await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en')
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).waitFor(WAIT)
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
      await page.getByRole('toolbar', { name: 'Formatting and insertion' }).waitFor(WAIT)
      await page.getByRole('button', { name: 'Show attendance' }).click()
      await page.getByRole('heading', { name: 'Members' }).waitFor(WAIT)
      await page
        .locator('.connection[data-state="saved"]', { hasText: 'All changes are saved' })
        .waitFor(WAIT)
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: join(artifacts, 'editor-english.png') })
      await page.getByRole('combobox', { name: 'Language' }).selectOption('da')
      await page.getByRole('button', { name: 'Tastaturgenveje' }).waitFor(WAIT)
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('da')
      await page.close()
    })
  },
)
