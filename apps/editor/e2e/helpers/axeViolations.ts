import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]
}

/** WCAG 2.1 A/AA violations axe-core finds on the page, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath })
  const result = await page.evaluate(() => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<unknown> } }).axe
    return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  })
  return (result as AxeResult).violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  )
}
