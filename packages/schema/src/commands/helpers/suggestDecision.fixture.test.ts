import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { suggestDecision } from './suggestDecision'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..')
const fixture = path.resolve(repoRoot, '../shared/fixtures/kkr-nordjylland-2024-09-20.txt')

/** The status each of the 12 items' recommendations implies, in agenda order (1.1 … 4.1). */
const expectedStatuses = [
  'godkendt',
  'godkendt',
  'taget-til-efterretning',
  'taget-til-efterretning',
  'taget-til-efterretning',
  'taget-til-efterretning',
  'taget-til-efterretning',
  'godkendt',
  'taget-til-efterretning',
  'tiltraadt',
  'taget-til-efterretning',
  'taget-til-efterretning',
]

describe('suggestDecision on the KKR fixture', () => {
  it('turns every Indstilling section, raw notes and page layout included, into a decision', () => {
    if (!existsSync(fixture))
      throw new Error(`Fixture missing: ${fixture} (the shared fixtures folder is absent)`)
    const sections = [
      ...readFileSync(fixture, 'utf8').matchAll(/^Indstilling\s*\n([\s\S]*?)^Sagsfremstilling/gm),
    ]
    const decisions = sections.map((m) => suggestDecision(m[1] ?? ''))
    expect(decisions.map((d) => d?.status)).toEqual(expectedStatuses)
    for (const d of decisions)
      expect(d?.text).toMatch(/^KKR Nordjylland (godkendte|tog|drøftede|tiltrådte) .*\.$/)
    expect(decisions[7]?.text).toBe(
      'KKR Nordjylland drøftede og godkendte Nordjysk Socialaftale 2025-26 og anbefalede, at aftalen godkendes i de nordjyske kommunalbestyrelser.',
    )
  })
})
