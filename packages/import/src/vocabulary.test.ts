import { describe, expect, it } from 'vitest'
import { plainText } from './helpers/plainText'
import { importText } from './importMinutes'
import { summarize } from './summary/summarize'
import { nodesOf } from './testing/nodes'
import { defaultVocabulary } from './vocabulary/defaultVocabulary'
import type { ImportVocabulary } from './vocabulary/ImportVocabulary'

const english: ImportVocabulary = {
  ...defaultVocabulary,
  sectionHeadings: { Background: 'baggrund', Recommendation: 'indstilling', Decision: 'beslutning' },
  extraSectionHeadings: [],
  decisionHeadings: [String.raw`^decision of the board on (?<date>\d{2}-\d{2}-\d{4})$`],
  attendanceHeadings: { Present: 'present', Apologies: 'absent' },
  caseLinePatterns: [String.raw`^case (?<caseNumber>\d+/\d+) \((?<caseOfficer>\w+)\)$`],
  decisionStatuses: [{ pattern: 'approved', status: 'godkendt' }],
}

const minute = [
  'Present',
  'Ann Lee (X) North Council',
  '',
  'Apologies',
  'Bo Ek (Y) South Council',
  '',
  '1. Budget',
  'Case 24/100 (abc)',
  'Background',
  'The budget was drafted in May.',
  'Decision of the board on 05-06-2024',
  'Approved.',
].join('\n')

describe('vocabulary from configuration', () => {
  it('reads minutes in other words when given another vocabulary', () => {
    const doc = importText(minute, { vocabulary: english })
    expect(summarize(doc)).toMatchObject({
      attendance: { present: 1, absent: 1, substitutes: 0 },
      groups: [
        {
          number: '',
          items: [
            {
              number: '1',
              title: 'Budget',
              caseNumber: '24/100',
              initials: 'abc',
              sections: ['baggrund', 'indstilling', 'sagsfremstilling', 'beslutning'],
              decision: 'Approved.',
              decisionStatus: 'godkendt',
            },
          ],
        },
      ],
    })
    const decision = nodesOf(doc, 'section').find((s) => s.attrs?.kind === 'beslutning')
    expect(decision?.attrs).toMatchObject({
      heading: 'Decision of the board on 05-06-2024',
      date: '2024-06-05',
    })
  })

  it('does not know these words by itself', () => {
    const doc = importText(minute)
    expect(nodesOf(doc, 'attendee')).toHaveLength(0)
    expect(nodesOf(doc, 'agendaItem')).toHaveLength(0)
  })

  it('recognises no KKR heading once the vocabulary leaves it out', () => {
    const text = '1. Punkt\nSAG-2024-03326 hlth\nBaggrund\nTekst.\nBeslutning\nGodkendt.'
    const withDefault = summarize(importText(text))
    expect(withDefault.groups[0]?.items[0]?.sections).toEqual([
      'baggrund',
      'indstilling',
      'sagsfremstilling',
      'beslutning',
    ])
    expect(withDefault.groups[0]?.items[0]?.decision).toBe('Godkendt.')
    const without = summarize(importText(text, { vocabulary: { ...defaultVocabulary, sectionHeadings: {} } }))
    expect(without.groups[0]?.items[0]?.decision).toBe('')
    const sagsfremstilling = nodesOf(
      importText(text, { vocabulary: { ...defaultVocabulary, sectionHeadings: {} } }),
      'section',
    )
      .filter((s) => s.attrs?.kind === 'sagsfremstilling')
      .map((s) => plainText(s))
    expect(sagsfremstilling).toHaveLength(1)
    expect(sagsfremstilling[0]).toMatch(/^Baggrund\nTekst\.\nBeslutning\sGodkendt\.$/)
  })
})
