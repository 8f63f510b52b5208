import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { kkrDoc } from '../testing/fixtures'
import { nodeCases } from '../testing/nodeCases'
import { unzipDocx } from '../testing/unzipDocx'
import { exportDocx } from './exportDocx'

const paragraphsWithStyle = (xml: string, style: string) =>
  [...xml.matchAll(new RegExp(`<w:p><w:pPr><w:pStyle w:val="${style}"/>.*?</w:p>`, 'g'))].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  )

function closeItem(doc: JSONContent, number: number): JSONContent {
  const items = (doc.content ?? []).flatMap((part) =>
    (part.content ?? []).filter((c) => c.type === 'agendaItem'),
  )
  const target = items[number] as JSONContent
  target.attrs = { ...target.attrs, closed: true }
  return doc
}

describe('exportDocx on the KKR minute', async () => {
  const parts = unzipDocx(await exportDocx(kkrDoc(), { version: 'full' }))
  const body = parts['word/document.xml'] ?? ''

  it('writes groups and items as Heading 1 and 2 with literal numbers', () => {
    expect(paragraphsWithStyle(body, 'Heading1')).toEqual([
      '1. Godkendelse af referat',
      '2. Regionalpolitiske sager',
      '3. Siden sidst',
      '4. Punkter til næste møde',
      '5. Eventuelt',
    ])
    const items = paragraphsWithStyle(body, 'Heading2')
    expect(items).toHaveLength(12)
    expect(items).toContain('2.3. Aftale om Grønt Danmark')
    expect(paragraphsWithStyle(body, 'CaseLine')).toContain('SAG-2024-03326 hlth/hast')
    expect(paragraphsWithStyle(body, 'Heading3').filter((h) => h === 'Beslutning')).toHaveLength(12)
  })

  it('has a table of contents over headings 1–2 with page numbers', () => {
    expect(body).toContain('TOC \\h \\o &quot;1-2&quot;')
    expect(paragraphsWithStyle(body, 'TOC2')[2]).toMatch(/^2\.1\. Status fra KlimaNord\d+$/)
  })

  it('has a running header and a footer with PAGE and NUMPAGES fields', () => {
    const header = Object.entries(parts).find(
      ([name, xml]) => name.startsWith('word/header') && xml.includes('KKR'),
    )
    expect(header?.[1]).toContain('KKR Nordjylland | 20-09-2024')
    const footer = Object.entries(parts).find(
      ([name, xml]) => name.startsWith('word/footer') && xml.includes('Side'),
    )
    expect(footer?.[1]).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/)
    expect(footer?.[1]).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/)
    expect(footer?.[1]).toContain(' af ')
  })

  it('is in Danish and has document properties', () => {
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>.*<w:lang w:val="da-DK"\/>.*<\/w:docDefaults>/)
    expect(parts['docProps/core.xml']).toContain('<dc:title>Referat KKR Nordjylland 2024-09-20</dc:title>')
    expect(parts['docProps/core.xml']).toContain('<dc:subject>KKR Nordjylland</dc:subject>')
  })

  it('gives every ordered list its own numbering instance', async () => {
    const xml = unzipDocx(await exportDocx(nodeCases.orderedLists as JSONContent, { version: 'full' }))
    const numIds = [
      ...(xml['word/document.xml'] ?? '').matchAll(/<w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/>/g),
    ]
    const ids = numIds.map((m) => m[2])
    expect(ids).toHaveLength(4)
    expect(new Set(ids).size).toBe(3)
    expect(ids[0]).toBe(ids[1])
  })

  it('leaves closed items as number, title and "Lukket punkt" in the public version only', async () => {
    const secret = 'Stine Johansen gav en mundtlig præsentation'
    expect(body).toContain(secret)
    const closed = closeItem(kkrDoc(), 4)
    const full = unzipDocx(await exportDocx(closed, { version: 'full' }))['word/document.xml'] ?? ''
    const pub = unzipDocx(await exportDocx(closed, { version: 'public' }))['word/document.xml'] ?? ''
    expect(full).toContain(secret)
    expect(pub).not.toContain(secret)
    expect(paragraphsWithStyle(pub, 'Heading2')).toContain('2.3. Aftale om Grønt Danmark')
    expect(paragraphsWithStyle(pub, 'ClosedItem')).toEqual(['Lukket punkt'])
    expect(paragraphsWithStyle(pub, 'Heading3').filter((h) => h === 'Beslutning')).toHaveLength(11)
  })

  it('leaves attachments that may not be published out of the public version only', async () => {
    const doc = structuredClone(nodeCases.bilag) as JSONContent
    const text = (version: 'full' | 'public') =>
      exportDocx(doc, { version }).then((file) => unzipDocx(file)['word/document.xml'] ?? '')
    const marker = JSON.stringify(doc).replace(
      '"title":"Notat om budget"',
      '"title":"Notat om budget","publishable":false',
    )
    Object.assign(doc, JSON.parse(marker))
    const full = await text('full')
    const pub = await text('public')
    expect(full).toContain('Notat om budget')
    expect(pub).not.toContain('Notat om budget')
    expect(pub).toContain('Et bilag uden titel.')
    expect((full.match(/\.\/\./g) ?? []).length - (pub.match(/\.\/\./g) ?? []).length).toBe(1)
  })

  it('never exports live notes', async () => {
    for (const version of ['full', 'public'] as const) {
      const xml = unzipDocx(await exportDocx(nodeCases.liveNotes as JSONContent, { version }))[
        'word/document.xml'
      ]
      expect(xml).not.toContain('Hemmelig note')
      expect(xml).not.toContain('Noter')
    }
  })
})
