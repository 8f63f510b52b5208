import type { JSONContent } from '@tiptap/core'
import { requiredSectionKinds, type MinutesConfig } from '@referat/schema'

const paragraph = (...parts: JSONContent[]): JSONContent => ({ type: 'paragraph', content: parts })
const text = (value: string): JSONContent => ({ type: 'text', text: value })

/**
 * The starting minute every client shares: a header, attendance, two groups of two items with all
 * required sections. Seed words `sd<n>x` are tracked by the oracle like typed markers.
 */
export function seedMinute(config: MinutesConfig): JSONContent {
  let word = 0
  let sections = 0
  const seedWords = (count: number) => Array.from({ length: count }, () => `sd${++word}x`).join(' tekst ')
  const section = (kind: string): JSONContent => ({
    type: 'section',
    attrs: { id: `section-${++sections}`, kind },
    content:
      kind === 'sagsfremstilling'
        ? [
            paragraph(text(`Sagen ${seedWords(2)}.`)),
            {
              type: 'bulletList',
              content: [
                { type: 'listItem', content: [paragraph(text(`Punkt ${seedWords(1)}`))] },
                { type: 'listItem', content: [paragraph(text(`Punkt ${seedWords(1)}`))] },
              ],
            },
          ]
        : kind === 'indstilling'
          ? [
              paragraph({ type: 'bilag' }, text(` Bilag ${seedWords(1)} vedlagt.`)),
              paragraph(text(seedWords(2))),
            ]
          : [paragraph(text(`Tekst ${seedWords(2)}.`))],
  })
  const item = (id: string): JSONContent => ({
    type: 'agendaItem',
    attrs: { id, caseNumber: 'SAG-2024-03326', caseOfficer: 'hlth' },
    content: [
      { type: 'agendaTitle', content: [text(`Punkt ${id} ${seedWords(1)}`)] },
      ...requiredSectionKinds(config).map(section),
    ],
  })
  const group = (id: string, items: string[]): JSONContent => ({
    type: 'agendaGroup',
    attrs: { id },
    content: [{ type: 'agendaTitle', content: [text(`Gruppe ${id}`)] }, ...items.map(item)],
  })
  return {
    type: 'doc',
    content: [
      { type: 'meetingHeader', attrs: { body: 'KKR Nordjylland', date: '2024-09-20' } },
      { type: 'attendance', content: [{ type: 'attendee', attrs: { name: 'Jes Lunde', party: 'B' } }] },
      group('g1', ['a', 'b']),
      group('g2', ['c', 'd']),
    ],
  }
}
