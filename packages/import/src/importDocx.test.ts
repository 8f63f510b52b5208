import type { JSONContent } from '@tiptap/core'
import { getMinutesSchema } from '@referat/schema'
import { HeadingLevel } from 'docx'
import { describe, expect, it } from 'vitest'
import { plainText } from './helpers/plainText'
import { importBytes, importDocx } from './importMinutes'
import { summarize } from './summary/summarize'
import { agendaDocx, bullet, heading, para, table } from './testing/agendaDocx'
import { nodesOf, sectionsOf } from './testing/nodes'

const { HEADING_1, HEADING_2, HEADING_3 } = HeadingLevel

function groupedAgenda() {
  return agendaDocx([
    para('Referat'),
    para('Økonomiudvalget'),
    para('mandag den 2. september 2024, kl. 16:00'),
    para('Rådhuset, mødelokale 1'),
    heading('Deltagere', HEADING_3),
    para('Jens Hansen (A) - formand'),
    para('Eva Holm (V), Suppl. for Ib Lund'),
    heading('Afbud', HEADING_3),
    para('Ib Lund (V)'),
    heading('1. Godkendelse', HEADING_1),
    heading('1.1. Godkendelse af dagsorden', HEADING_2),
    para('SAG-2024-00042 abc'),
    heading('Baggrund', HEADING_3),
    para('Dagsordenen er udsendt.'),
    heading('Indstilling', HEADING_3),
    para('Det indstilles, at udvalget'),
    bullet('godkender dagsordenen'),
    bullet('tager orienteringen til efterretning'),
    heading('Sagsfremstilling', HEADING_3),
    heading('Økonomi i tal', HEADING_3),
    table([
      ['Post', '2024', '2025'],
      ['Drift', '1.000', '1.100'],
    ]),
    para('./. Budgettet er vedlagt.'),
    heading('Beslutning', HEADING_3),
    para('Dagsordenen blev godkendt.'),
    heading('2. Eventuelt', HEADING_1),
    para('Intet.'),
  ])
}

describe('DOCX import', () => {
  it('reads headings, numbered items, the case line, sections, a bullet list and a table', async () => {
    const doc = await importDocx(await groupedAgenda())
    expect(() => getMinutesSchema().nodeFromJSON(doc).check()).not.toThrow()
    const summary = summarize(doc)
    expect(summary.attendance).toEqual({ present: 2, absent: 1, substitutes: 1 })
    expect(summary.groups.map((g) => [g.number, g.title, g.items.length])).toEqual([
      ['1', 'Godkendelse', 1],
      ['2', 'Eventuelt', 0],
    ])
    expect(summary.groups[0]?.items[0]).toMatchObject({
      number: '1.1',
      title: 'Godkendelse af dagsorden',
      caseNumber: 'SAG-2024-00042',
      initials: 'abc',
      sections: ['baggrund', 'indstilling', 'sagsfremstilling', 'beslutning'],
      decision: 'Dagsordenen blev godkendt.',
      decisionStatus: 'godkendt',
      attachments: 1,
    })
    const item = nodesOf(doc, 'agendaItem')[0] as JSONContent
    const [, indstilling, sagsfremstilling] = sectionsOf(item) as JSONContent[]
    expect(nodesOf(indstilling as JSONContent, 'bulletList')[0]?.content?.map((li) => plainText(li))).toEqual(
      ['godkender dagsordenen', 'tager orienteringen til efterretning'],
    )
    expect(nodesOf(sagsfremstilling as JSONContent, 'heading').map((h) => plainText(h))).toEqual([
      'Økonomi i tal',
    ])
    const rows = nodesOf(sagsfremstilling as JSONContent, 'tableRow')
    expect(rows.map((r) => r.content?.map((c) => plainText(c)))).toEqual([
      ['Post', '2024', '2025'],
      ['Drift', '1.000', '1.100'],
    ])
    expect(doc.content?.[0]?.attrs).toMatchObject({
      title: 'Referat',
      body: 'Økonomiudvalget',
      date: '2024-09-02',
      startTime: '16:00',
      place: 'Rådhuset, mødelokale 1',
    })
    expect(plainText(nodesOf(doc, 'agendaGroup')[1] as JSONContent)).toBe('Eventuelt\nIntet.')
  })

  it('reads items numbered on their own, outside groups, from a file recognised by content', async () => {
    const data = await agendaDocx([
      heading('12. Budget 2025', HEADING_2),
      para('Sagsnr.: 24/1234'),
      heading('Sagsfremstilling', HEADING_3),
      para('Forslaget fremlægges.'),
      heading('Beslutning', HEADING_3),
      para('Taget til efterretning.'),
      heading('13. Lokalplan', HEADING_2),
      para('Sagsnr.: 24/1240'),
      heading('Beslutning', HEADING_3),
      para('Godkendt.'),
    ])
    const doc = await importBytes(data, 'dagsorden.bin')
    expect(doc.content?.[0]?.attrs?.firstItemNumber).toBe(12)
    expect(
      summarize(doc).groups[0]?.items.map((i) => [i.number, i.title, i.caseNumber, i.decisionStatus]),
    ).toEqual([
      ['12', 'Budget 2025', '24/1234', 'taget-til-efterretning'],
      ['13', 'Lokalplan', '24/1240', 'godkendt'],
    ])
  })
})
