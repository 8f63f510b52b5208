import type { JSONContent } from '@tiptap/core'
import { getMinutesSchema } from '@referat/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { plainText } from './helpers/plainText'
import { importText } from './importMinutes'
import { summarize, type MinutesSummary } from './summary/summarize'
import { KKR, readFixture } from './testing/fixtures'
import { allText, nodesOf, sectionsOf } from './testing/nodes'

let doc: JSONContent
let summary: MinutesSummary
let items: JSONContent[]

beforeAll(() => {
  doc = importText(readFixture(KKR))
  summary = summarize(doc)
  items = nodesOf(doc, 'agendaItem')
})

const item = (number: string) => {
  const index = summary.groups.flatMap((g) => g.items).findIndex((i) => i.number === number)
  return items[index] as JSONContent
}

describe('KKR Nordjylland 2024-09-20', () => {
  it('is a valid minutes document', () => {
    expect(() => getMinutesSchema().nodeFromJSON(doc).check()).not.toThrow()
  })

  it('has the meeting header facts and the KL front matter', () => {
    const header = doc.content?.[0] as JSONContent
    expect(header.type).toBe('meetingHeader')
    expect(header.attrs).toMatchObject({ body: 'KKR Nordjylland', date: '2024-09-20' })
    expect(allText(header)).toContain('Mission')
    expect(allText(header)).toContain('KL bidrager til at udvikle og fastholde et stærkt lokalt')
    expect(allText(header)).toContain('Vision')
  })

  it('has the five agenda groups', () => {
    expect(summary.groups.map((g) => [g.number, g.title])).toEqual([
      ['1', 'Godkendelse af referat'],
      ['2', 'Regionalpolitiske sager'],
      ['3', 'Siden sidst'],
      ['4', 'Punkter til næste møde'],
      ['5', 'Eventuelt'],
    ])
    const eventuelt = nodesOf(doc, 'agendaGroup')[4] as JSONContent
    expect(nodesOf(eventuelt, 'agendaItem')).toHaveLength(0)
    expect(plainText(eventuelt)).toBe('Eventuelt\n-')
  })

  it('has the twelve items with titles, case numbers and case officers', () => {
    const rows = summary.groups.flatMap((g) =>
      g.items.map((i) => [i.number, i.title, i.caseNumber, i.initials]),
    )
    const sag = 'SAG-2024-03326'
    expect(rows).toEqual([
      ['1.1', 'Godkendelse af dagsorden', sag, 'hlth'],
      ['1.2', 'Godkendelse af referat', sag, 'hlth'],
      ['2.1', 'Status fra KlimaNord', sag, 'hlth'],
      ['2.2', 'National Klimaalliance – status for indsatser', sag, 'hlth'],
      ['2.3', 'Aftale om Grønt Danmark', sag, 'hlth'],
      ['2.4', 'Socialtilsyn Nords Årsberetning 2023', sag, 'hlth'],
      ['2.5', 'Socialtilsyn Nords budget for 2025', sag, 'hlth'],
      ['2.6', 'Andenbehandling af Nordjysk Socialaftale 2025-26', sag, 'hlth'],
      ['2.7', 'Orientering om status fra erhvervsområdet', sag, 'hlth'],
      ['2.8', 'Fordeling af lærepladser på SOSU-uddannelserne for 2025', sag, 'hast'],
      ['3.1', 'Siden sidst', sag, 'hlth/hast'],
      ['4.1', 'Punkter til næste møde', sag, 'hlth'],
    ])
  })

  it('gives every item its four sections in order, inserting the Baggrund 3.1 lacks', () => {
    for (const i of summary.groups.flatMap((g) => g.items)) {
      expect(i.sections, i.number).toEqual(['baggrund', 'indstilling', 'sagsfremstilling', 'beslutning'])
    }
    expect(sectionsOf(item('3.1'))[0]?.content).toEqual([])
  })

  it('reads the twelve decisions and their status', () => {
    const decisions = summary.groups.flatMap((g) => g.items.map((i) => [i.number, i.decisionStatus]))
    expect(decisions).toEqual([
      ['1.1', 'godkendt'],
      ['1.2', 'godkendt'],
      ['2.1', 'taget-til-efterretning'],
      ['2.2', 'taget-til-efterretning'],
      ['2.3', 'taget-til-efterretning'],
      ['2.4', 'taget-til-efterretning'],
      ['2.5', 'taget-til-efterretning'],
      ['2.6', 'godkendt'],
      ['2.7', 'taget-til-efterretning'],
      ['2.8', 'tiltraadt'],
      ['3.1', 'taget-til-efterretning'],
      ['4.1', 'taget-til-efterretning'],
    ])
    expect(nodesOf(doc, 'section').filter((s) => s.attrs?.kind === 'beslutning')).toHaveLength(12)
    const first = summary.groups[0]?.items[0]
    expect(first?.decision).toBe('Dagsordenen blev godkendt.')
    expect(summary.groups[1]?.items[7]?.decision).toBe(
      'KKR Nordjylland tiltrådte indstillingen vedrørende fordelingen af lærepladser blandt kommunerne i KKR Nordjylland i 2025.',
    )
  })

  it('places the eight bilag markers at the start of paragraphs in the right items', () => {
    const counts = summary.groups.flatMap((g) => g.items.map((i) => [i.number, i.attachments]))
    expect(counts.filter(([, n]) => n !== 0)).toEqual([
      ['2.1', 3],
      ['2.3', 1],
      ['2.4', 1],
      ['2.5', 1],
      ['2.6', 1],
      ['2.8', 1],
    ])
    const paragraphs = nodesOf(doc, 'paragraph').filter((p) => p.content?.some((c) => c.type === 'bilag'))
    expect(paragraphs).toHaveLength(8)
    for (const p of paragraphs) expect(p.content?.[0]?.type).toBe('bilag')
    expect(paragraphs[1]?.content?.[1]?.text).toBe(
      ' Overordnet program for Klimapolitisk Dialogforum er vedlagt i bilag.',
    )
  })

  it('reads the attendance: 15 present with 2 substitutes, 9 absent', () => {
    expect(summary.attendance).toEqual({ present: 15, absent: 9, substitutes: 2 })
    const attendees = nodesOf(doc, 'attendee').map((a) => a.attrs ?? {})
    expect(attendees).toHaveLength(24)
    for (const a of attendees) {
      expect(a.party, String(a.name)).toMatch(/^[A-ZÆØÅ]$/)
      expect(a.organisation, String(a.name)).toMatch(/ Kommune$/)
    }
    expect(attendees[0]).toMatchObject({
      name: 'Hans Ejner Bertelsen',
      party: 'V',
      organisation: 'Morsø Kommune',
      status: 'present',
    })
    expect(attendees.filter((a) => a.status === 'substitute')).toMatchObject([
      {
        name: 'Peter E. Nielsen',
        party: 'A',
        organisation: 'Frederikshavn Kommune',
        substituteFor: 'Birgit Hansen',
      },
      {
        name: 'Frank Østergaard',
        party: 'F',
        organisation: 'Jammerbugt Kommune',
        substituteFor: 'Henning Jørgensen',
      },
    ])
    expect(attendees[23]).toMatchObject({
      name: 'Brian Nielsen',
      party: 'D',
      organisation: 'Thisted Kommune',
      status: 'absent',
    })
    expect(attendees[15]).toMatchObject({ name: 'Anna Aaen', party: 'Ø', status: 'absent' })
  })

  it('keeps the numbered list 1.–5. of item 2.7 as an ordered list', () => {
    const lists = nodesOf(item('2.7'), 'orderedList')
    expect(lists).toHaveLength(1)
    expect(lists[0]?.attrs?.start).toBe(1)
    expect(lists[0]?.content?.map((li) => plainText(li))).toEqual([
      'Bedre adgang til kapital og lempet beskatning',
      'Færre byrder og mindre bøvl',
      'Flere talenter skal frem',
      'Flere vidensbaserede iværksættere',
      'Flere iværksættere i hele landet.',
    ])
  })

  it('turns dash lines into bullet lists', () => {
    const bullets = nodesOf(item('2.4'), 'bulletList')
    expect(bullets[0]?.content).toHaveLength(9)
    expect(plainText(bullets[0]?.content?.[7] as JSONContent)).toBe(
      'Botilbudslignende boformer med hjælp og støtte efter lov om social service §§ 83-87, 97, 98.',
    )
  })

  it('leaves no running header text anywhere', () => {
    const text = JSON.stringify(doc)
    expect(text).not.toMatch(/20-09-2024/)
    expect(text).not.toMatch(/SIDE\s*\|/)
  })

  it('joins words hyphenated over a line end and keeps real hyphens', () => {
    const text = allText(doc)
    expect(text).toContain('er politisk udviklingsgruppe for KlimaNord')
    expect(text).not.toContain('ud-viklingsgruppe')
    expect(text).toContain('Social- og Boligministeriet')
    expect(text).toContain('CO2-udledningen')
    expect(text).toContain('I den foregående KKR-sag')
    expect(text).toContain('Anna-Marie Elmkær Chwastek')
  })

  it('joins a paragraph broken by a running header', () => {
    expect(allText(item('2.3'))).toContain(
      'En ny lokal organisering med kommunerne i spidsen skal være central motor',
    )
  })

  it('keeps the text after the decision of 3.1 in that item', () => {
    const decision = sectionsOf(item('3.1'))[3] as JSONContent
    expect(decision.attrs?.kind).toBe('beslutning')
    const headings = nodesOf(decision, 'heading').map((h) => plainText(h))
    expect(headings).toContain('Erhvervshus Nordjylland')
    expect(plainText(decision)).toContain('fælles høringssvar fra det samlede Nordjylland.')
  })

  it('keeps sub-headings inside their section', () => {
    const sagsfremstilling = sectionsOf(item('2.1'))[2] as JSONContent
    expect(nodesOf(sagsfremstilling, 'heading').map((h) => plainText(h))).toEqual([
      'Temagrupper',
      'Klimapolitisk Dialogforum den 6.juni 2024',
      'Kommunernes Klimadag og Klimapolitisk Dialogforum den 1.oktober 2024',
      'Regionalt udviklingsspor',
      'Recertificering af klimaplaner',
      'Ajourføring af Den Nordjyske Klimaambition',
    ])
  })

  it('reads the budget table of 2.5 and the SOSU table of 2.8', () => {
    const budget = nodesOf(item('2.5'), 'table')
    expect(budget).toHaveLength(1)
    expect(budget[0]?.content?.map((row) => row.content?.map((cell) => plainText(cell)))).toEqual([
      ['Budget samlet', '37.323.308', '37.759.496'],
      ['Heraf Tilbudsafdelingen', '17.496.788', '17.421.554'],
      ['Heraf Plejefamilieafdelingen', '19.826.520', '20.337.942'],
    ])
    const sosu = nodesOf(item('2.8'), 'table')[0]
    expect(sosu?.content).toHaveLength(6)
    expect(sosu?.content?.[4]?.content?.map((cell) => plainText(cell))).toEqual([
      'KKR Nordjylland',
      '313',
      '313',
      '634',
      '634',
    ])
  })
})
