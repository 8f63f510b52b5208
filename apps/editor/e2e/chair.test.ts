import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from './helpers/axeViolations'
import { launchChromium, type Chromium } from './helpers/launchChromium'
import { startKkrMeeting, type KkrMeeting } from './helpers/startKkrMeeting'

const appDir = resolve(fileURLToPath(import.meta.url), '../..')
const artifacts = join(appDir, 'e2e/artifacts')
const WAIT = { timeout: 30_000 }
const TEST_TIMEOUT = 120_000

interface SummaryItem {
  id: string
  title: string
  decisionStatus: string
  decisionText: string
  votes: { unanimous?: boolean } | null
  dissent: { who: string; text: string }[]
  notParticipating: string[]
  approved: boolean
  approvalVoid: boolean
}

/** The chair (one Chromium) and a minute-taker (another Chromium, so nothing passes between tabs locally). */
describe('chair view and decision tools in Chromium against the real server', () => {
  let browsers: Chromium[] = []
  let meeting: KkrMeeting
  let editor: Page
  let chair: Page

  const summary = async (): Promise<SummaryItem[]> =>
    (await meeting.get<{ items: SummaryItem[] }>(`/api/meetings/${meeting.id}`)).items
  const itemNumbered = async (index: number): Promise<SummaryItem> => {
    const item = (await summary())[index]
    if (!item) throw new Error(`The meeting has no item ${index + 1}.`)
    return item
  }
  const open = async (link: string): Promise<Page> => {
    const browser = await launchChromium()
    browsers.push(browser)
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 1400, height: 900 })
    await page.goto(link)
    await page.locator('.connection[data-state="saved"]').waitFor(WAIT)
    await page.locator('h2[data-number]').first().waitFor(WAIT)
    return page
  }
  /** The paragraphs of an item's decision in the minutes (not the record widget under them). */
  const decisionText = (page: Page, number: string): Locator =>
    page.locator(
      `article[data-type="agenda-item"]:has(> h2[data-number="${number}."]) section[data-kind="beslutning"] > p`,
    )
  const chairItem = (id: string) => chair.locator(`.chair-item[data-item-id="${id}"]`)
  const outlineEntry = (page: Page, title: string) =>
    page.getByRole('navigation', { name: 'Dagsorden' }).locator('li.item', { hasText: title })

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    meeting = await startKkrMeeting(appDir)
    editor = await open(meeting.links.editor)
    chair = await open(meeting.links.chair)
    const tab = chair.getByRole('tab', { name: 'Formandsoverblik' })
    await chair.getByRole('tab', { name: 'Referat' }).focus()
    await chair.keyboard.press('ArrowRight')
    expect(await tab.getAttribute('aria-selected')).toBe('true')
    await chair.locator('.chair-item').first().waitFor(WAIT)
  }, 180_000)

  afterAll(async () => {
    for (const browser of browsers) await browser.close()
    browsers = []
    await meeting?.close()
  }, TEST_TIMEOUT)

  it(
    'shows every item with its Indstilling and Beslutning, and what a taker writes as it is typed',
    async () => {
      expect(await chair.locator('.chair-item').count()).toBe(12)
      const item = await itemNumbered(2)
      const row = chairItem(item.id)
      expect(await row.locator('h4').allTextContents()).toEqual(['Indstilling', 'Beslutning'])
      expect(await row.locator('.chair-decision').textContent()).toContain(
        'tog orienteringen til efterretning',
      )
      await decisionText(editor, '2.1').last().click()
      await editor.keyboard.press('End')
      await editor.keyboard.type(' Skrevet live i mødet.')
      await row.locator('.chair-decision', { hasText: 'Skrevet live i mødet.' }).waitFor(WAIT)
    },
    TEST_TIMEOUT,
  )

  it(
    'approves a decision: both see "godkendt af formanden"; a later edit makes the approval void',
    async () => {
      const item = await itemNumbered(2)
      const row = chairItem(item.id)
      await row.getByRole('button', { name: 'Godkend beslutning' }).click()
      await row.locator('.approval-state.approved').waitFor(WAIT)
      expect(await row.locator('.approval-state').textContent()).toMatch(/^Godkendt af formanden \(/)
      const entry = outlineEntry(editor, item.title)
      await entry.locator('.decision-state', { hasText: 'godkendt af formanden' }).waitFor(WAIT)
      expect((await itemNumbered(2)).approved).toBe(true)

      await decisionText(editor, '2.1').last().click()
      await editor.keyboard.press('End')
      await editor.keyboard.type(' Rettet efter godkendelsen.')
      await row.getByText('Godkendelsen er bortfaldet – beslutningen er ændret').waitFor(WAIT)
      await entry.locator('.decision-state', { hasText: 'godkendelse bortfaldet' }).waitFor(WAIT)
      await chair.getByRole('tab', { name: 'Referat' }).click()
      await outlineEntry(chair, item.title)
        .locator('.decision-state', { hasText: 'godkendelse bortfaldet' })
        .waitFor(WAIT)
      await chair.getByRole('tab', { name: 'Formandsoverblik' }).click()
      const after = await itemNumbered(2)
      expect([after.approved, after.approvalVoid]).toEqual([false, true])
      await row.scrollIntoViewIfNeeded()
      await chair.screenshot({ path: join(artifacts, 'chair-view.png') })
    },
    TEST_TIMEOUT,
  )

  it(
    'records status, suggestion, unanimous vote, dissent and absence from the decision panel',
    async () => {
      const item = await itemNumbered(3)
      const decision = decisionText(editor, '2.2')
      expect(await decision.count()).toBe(1)
      // The decision is one short line: select it from its end to its start and delete it.
      await decision.click()
      await editor.keyboard.press('End')
      await editor.keyboard.press('Shift+Home')
      await editor.keyboard.press('Backspace')
      expect(await decision.textContent()).toBe('')
      const panel = editor.getByRole('complementary', { name: 'Beslutning' })
      await panel.getByText(`Punkt 2.2. ${item.title}`).waitFor(WAIT)

      await panel.getByRole('button', { name: 'Foreslå beslutning' }).click()
      await panel.getByText('Beslutningen er foreslået ud fra indstillingen.', { exact: false }).waitFor(WAIT)
      const suggested = (await decision.textContent()) ?? ''
      expect(suggested.length).toBeGreaterThan(10)
      await decision.click()
      await editor.keyboard.press('End')
      await editor.keyboard.type(' Rettet af referenten.')

      await panel.getByLabel('Status', { exact: true }).selectOption('tiltraadt')
      await panel.getByRole('button', { name: 'Enstemmigt' }).click()
      await panel.getByLabel('Hvem').fill('Mogens Gade (A)')
      await panel.getByLabel('Begrundelse').fill('Ønskede sin stemme ført til protokol.')
      await panel.getByRole('button', { name: 'Før til protokol' }).click()
      await panel.getByLabel('Hvem').fill('Jes Lunde (V)')
      await panel.getByRole('button', { name: 'Før til protokol' }).click()
      await panel.getByRole('button', { name: 'Fjern protokoltilførslen fra Jes Lunde (V)' }).click()
      const absent = panel
        .getByRole('group', { name: 'Deltog ikke i behandlingen' })
        .getByRole('checkbox')
        .first()
      const absentName = ((await absent.locator('xpath=..').textContent()) ?? '').replace(/ \(.*\)$/, '')
      await absent.check()

      const record = editor.locator(
        'article[data-type="agenda-item"]:has(> h2[data-number="2.2."]) .decision-record',
      )
      await record.getByText('Enstemmigt vedtaget.').waitFor(WAIT)
      expect(await record.textContent()).toContain('Status: Tiltrådt')
      expect(await record.textContent()).toContain('Mogens Gade (A) ønskede sin stemme ført til protokol')
      expect(await record.textContent()).not.toContain('Jes Lunde')
      expect(await record.textContent()).toContain(`${absentName} deltog ikke i behandlingen af punktet.`)
      await chairItem(item.id).getByText('Enstemmigt vedtaget.').waitFor(WAIT)

      await editor.locator('.connection[data-state="saved"]').waitFor(WAIT)
      const stored = await itemNumbered(3)
      expect(stored.decisionStatus).toBe('tiltraadt')
      expect(stored.decisionText).toBe(`${suggested} Rettet af referenten.`)
      expect(stored.votes?.unanimous).toBe(true)
      expect(stored.dissent).toEqual([
        { who: 'Mogens Gade (A)', text: 'Ønskede sin stemme ført til protokol.' },
      ])
      expect(stored.notParticipating).toEqual([absentName])
      await panel.screenshot({ path: join(artifacts, 'decision-panel.png') })
    },
    TEST_TIMEOUT,
  )

  it(
    'has no WCAG 2.1 A/AA violations in the chair view and the decision panel (axe-core)',
    async () => {
      expect(await axeViolations(chair)).toEqual([])
      expect(await axeViolations(editor)).toEqual([])
    },
    TEST_TIMEOUT,
  )

  it(
    'finalizes after confirmation: the taker’s page becomes read-only; reopening makes it writable',
    async () => {
      await chair.getByRole('button', { name: 'Godkend referatet endeligt' }).click()
      const dialog = chair.getByRole('dialog', { name: 'Godkend referatet endeligt?' })
      await dialog.waitFor(WAIT)
      expect(await axeViolations(chair)).toEqual([])
      await chair.screenshot({ path: join(artifacts, 'chair-finalize-dialog.png') })
      await dialog.getByRole('button', { name: 'Godkend endeligt' }).click()
      const text = editor.getByRole('textbox', { name: 'Referatets tekst' })
      await editor.locator('[aria-readonly="true"]').waitFor(WAIT)
      expect(await text.getAttribute('contenteditable')).toBe('false')
      await editor.getByText('Referatet er endeligt godkendt og kan ikke længere redigeres.').waitFor(WAIT)
      expect(await editor.getByRole('complementary', { name: 'Beslutning' }).count()).toBe(0)
      await chair.getByRole('button', { name: 'Genåbn referatet' }).click()
      await editor.locator('[aria-readonly="false"]').waitFor(WAIT)
      expect(await text.getAttribute('contenteditable')).toBe('true')
    },
    TEST_TIMEOUT,
  )
})
