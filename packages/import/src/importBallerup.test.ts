import type { JSONContent } from '@tiptap/core'
import { getMinutesSchema } from '@referat/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { importText } from './importMinutes'
import { summarize, type MinutesSummary } from './summary/summarize'
import { BALLERUP, readFixture } from './testing/fixtures'
import { allText, nodesOf, sectionsOf } from './testing/nodes'

let doc: JSONContent
let summary: MinutesSummary

beforeAll(() => {
  doc = importText(readFixture(BALLERUP))
  summary = summarize(doc)
})

describe('Ballerup, Sundheds- og Forebyggelsesudvalget 2012-12-04', () => {
  it('is a valid minutes document with its items directly in the document', () => {
    expect(() => getMinutesSchema().nodeFromJSON(doc).check()).not.toThrow()
    expect(nodesOf(doc, 'agendaGroup')).toHaveLength(0)
    expect(doc.content?.filter((part) => part.type === 'agendaItem')).toHaveLength(8)
  })

  it('reads the eight items with numbers, titles and case numbers', () => {
    expect(summary.groups).toHaveLength(1)
    expect(summary.groups[0]).toMatchObject({ number: '', title: '' })
    expect(summary.groups[0]?.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      ['1', 'Meddelelser', '2011-29298'],
      ['2', 'Bygningsvedligeholdelse 2013 - anlægsbevilling', '2012-28504'],
      ['3', 'Kvalitetsstandarder for stof- og alkoholbehandling 2012-2013', '2012-31114'],
      ['4', 'Takstreduktion på aflastningstilbuddet Torvevej i Skovlunde i 2013', '2012-31673'],
      ['5', "KL's opfølgningsproces vedrørende det nære sundhedsvæsen", '2011-29939'],
      [
        '6',
        'Prioritering af midler til kronisk syge borgere og hverdagsrehabilitering for ældre',
        '2012-21786',
      ],
      ['7', 'Etablering af aktivitetscenter på Solvej 6 i Ballerup', '2012-28505'],
      ['8', 'Evaluering af rygestopkurser', '2010-3082'],
    ])
  })

  it('reads the dated decision of every item and its status', () => {
    const decisions = nodesOf(doc, 'section').filter((s) => s.attrs?.kind === 'beslutning')
    expect(decisions.map((d) => d.attrs?.heading)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map(
        (n) => `Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt ${n}`,
      ),
    )
    expect(decisions.every((d) => d.attrs?.date === '2012-12-04')).toBe(true)
    expect(summary.groups[0]?.items.map((i) => i.decisionStatus)).toEqual([
      'taget-til-efterretning',
      'godkendt',
      'godkendt',
      'godkendt',
      'godkendt',
      'godkendt',
      'godkendt',
      'taget-til-efterretning',
    ])
    expect(summary.groups[0]?.items[6]?.decision).toContain(
      'Gruppen af unge i Ballerup Kommune også får adgang',
    )
  })

  it('maps Ballerup headings onto section kinds and keeps the wording', () => {
    const item2 = doc.content?.filter((part) => part.type === 'agendaItem')[1] as JSONContent
    expect(sectionsOf(item2).map((s) => [s.attrs?.kind, s.attrs?.heading])).toEqual([
      ['sammendrag', ''],
      ['baggrund', ''],
      ['sagsfremstilling', ''],
      ['oekonomi', 'Økonomiske konsekvenser og finansiering'],
      ['bilag', ''],
      ['beslutningen-traeffes-af', 'Beslutningen træffes af'],
      ['indstilling', ''],
      ['beslutning', 'Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2'],
    ])
    for (const item of summary.groups[0]?.items ?? []) {
      expect(item.sections).toEqual(
        expect.arrayContaining(['baggrund', 'indstilling', 'sagsfremstilling', 'beslutning']),
      )
    }
  })

  it('reads members with roles and the secretary as an official', () => {
    expect(summary.attendance).toEqual({ present: 8, absent: 0, substitutes: 0 })
    const attendees = nodesOf(doc, 'attendee').map((a) => a.attrs ?? {})
    expect(attendees[0]).toMatchObject({ name: 'Lolan Ottesen', party: 'A', role: 'formand', kind: 'member' })
    expect(attendees[1]).toMatchObject({ name: 'Grethe Larsen', party: 'A', role: 'næstformand' })
    expect(attendees[7]).toMatchObject({
      name: 'Mie Helene Andresen',
      kind: 'official',
      function: 'Sekretær',
    })
  })

  it('reads the meeting header from the front page', () => {
    expect(doc.content?.[0]?.attrs).toMatchObject({
      title: 'Referat',
      body: 'Sundheds- og Forebyggelsesudvalget',
      date: '2012-12-04',
      startTime: '13:00',
      place: 'Mødecenter C, Lokale 32 på Ballerup Rådhus',
    })
  })

  it('drops the running header block of every page', () => {
    const text = allText(doc)
    expect(text).not.toMatch(/Side \d+/)
    expect(text).not.toContain('Dato: 04.12.2012')
    expect(allText(nodesOf(doc, 'agendaItem')[4] as JSONContent)).toContain(
      'Det drøftes hvordan Ballerup Kommune politisk skal indgå i opfølgningsprocessen.',
    )
  })
})
