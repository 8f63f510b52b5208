import { importBytes, summarize, type MinutesSummary } from '@referat/import'
import { describe, expect, it } from 'vitest'
import { exportDocx } from './docx/exportDocx'
import { kkrDoc } from './testing/fixtures'

const facts = (summary: MinutesSummary) =>
  summary.groups.map((g) => ({
    group: `${g.number}. ${g.title}`,
    items: g.items.map((i) => ({
      item: `${i.number}. ${i.title}`,
      caseNumber: i.caseNumber,
      initials: i.initials,
      decision: i.decision,
      decisionStatus: i.decisionStatus,
    })),
  }))

describe('round trip', () => {
  it('KKR → DOCX → import gives the same groups, items, case numbers and decisions', async () => {
    const original = kkrDoc()
    const docx = await exportDocx(original, { version: 'full' })
    const again = await importBytes(docx, 'referat.docx')
    expect(facts(summarize(again))).toEqual(facts(summarize(original)))
    expect(summarize(again).attendance).toEqual(summarize(original).attendance)
  })
})
