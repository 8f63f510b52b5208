import type { JSONContent } from '@tiptap/core'
import { getMinutesSchema, numberAgenda } from '@referat/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { plainText } from './helpers/plainText'
import { importText } from './importMinutes'
import { summarize } from './summary/summarize'
import { readFixture, SYDDJURS } from './testing/fixtures'
import { allText, nodesOf, sectionsOf, titleText } from './testing/nodes'

let doc: JSONContent

beforeAll(() => {
  doc = importText(readFixture(SYDDJURS))
})

describe('Syddjurs, Udvalget for plan, udvikling og kultur 2013-06-20', () => {
  it('has one item numbered 715, standing outside any group', () => {
    const node = getMinutesSchema().nodeFromJSON(doc)
    expect(() => node.check()).not.toThrow()
    expect(doc.content?.[0]?.attrs?.firstItemNumber).toBe(715)
    expect(numberAgenda(node).map((n) => n.number)).toEqual(['715'])
    const item = doc.content?.find((part) => part.type === 'agendaItem') as JSONContent
    expect(titleText(item)).toBe('Kulturkommune 2017. Politiske fokusområder')
    expect(item.attrs?.caseNumber).toBe('12/27845')
    expect(summarize(doc).groups).toMatchObject([{ number: '', title: '', items: [{ number: '715' }] }])
  })

  it('has three dated decisions, each with its own heading', () => {
    const decisions = nodesOf(doc, 'section').filter((s) => s.attrs?.kind === 'beslutning')
    expect(decisions.map((d) => [d.attrs?.heading, d.attrs?.date])).toEqual([
      ['Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 10-04-2013', '2013-04-10'],
      ['Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 24-04-2013', '2013-04-24'],
      ['Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 20-06-2013', '2013-06-20'],
    ])
    expect(plainText(decisions[1] as JSONContent)).toContain('Punktet genoptages.')
    expect(summarize(doc).groups[0]?.items[0]?.decision).toMatch(/^Punktet blev drøftet\./)
  })

  it('keeps Resumé, the supplementary case text, Bilag and the signature page as sections', () => {
    const item = nodesOf(doc, 'agendaItem')[0] as JSONContent
    const kinds = sectionsOf(item).map((s) => s.attrs?.kind)
    expect(kinds).toEqual(
      expect.arrayContaining([
        'resume',
        'sagsfremstilling',
        'oekonomi',
        'indstilling',
        'supplerende-sagsfremstilling',
      ]),
    )
    expect(kinds).toEqual(expect.arrayContaining(['bilag', 'underskriftsside', 'baggrund']))
  })

  it('reads attendance and the meeting header', () => {
    expect(summarize(doc).attendance).toEqual({ present: 3, absent: 2, substitutes: 0 })
    expect(doc.content?.[0]?.attrs).toMatchObject({
      body: 'Udvalget for plan, udvikling og kultur (PUK)',
      date: '2013-06-20',
      startTime: '10:30',
      place: 'Kaløvig Kursuscenter, Præstekravevej 46, Følle Strand, 8410 Rønde',
    })
  })

  it('drops page numbers and running headers', () => {
    const text = allText(doc)
    expect(text).not.toMatch(/\d of 5/)
    expect(text).not.toContain('Referat For')
    expect(text).not.toContain('20. juni 2013 - kl. 10:30')
  })
})
