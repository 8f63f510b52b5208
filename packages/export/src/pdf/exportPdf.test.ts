import type { JSONContent } from '@tiptap/core'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { kkrDoc } from '../testing/fixtures'
import { nodeCases } from '../testing/nodeCases'
import { exportPdf } from './exportPdf'

const latin1 = (pdf: Buffer) => pdf.toString('latin1')

function metadata(pdf: Buffer): string {
  const text = latin1(pdf)
  const at = text.indexOf('/Type /Metadata')
  const start = text.indexOf('stream', at) + 'stream'.length
  const raw = pdf.subarray(start + (text[start] === '\r' ? 2 : 1), text.indexOf('endstream', start))
  return text.slice(at - 200, at).includes('/FlateDecode')
    ? inflateSync(raw).toString('utf8')
    : raw.toString('utf8')
}

describe('exportPdf', async () => {
  const pdf = await exportPdf(kkrDoc(), { version: 'full' })

  it('declares PDF/A-2b, Danish, with document info', () => {
    const text = latin1(pdf)
    expect(text.startsWith('%PDF-1.7')).toBe(true)
    const xmp = metadata(pdf)
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>')
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>')
    expect(text).toContain('/OutputIntents')
    expect(text).toMatch(/\/Lang \(da-DK\)/)
    expect(text).toMatch(/\/Title /)
    expect(xmp).toContain('Referat KKR Nordjylland 2024-09-20')
  })

  it('embeds its fonts (DejaVu Sans) and uses no unembedded standard font', () => {
    const text = latin1(pdf)
    expect(text.match(/\/FontFile2/g)?.length).toBeGreaterThanOrEqual(2)
    expect(text).toContain('DejaVuSans')
    expect(text).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/)
  })

  it('has an outline entry for every group and item', () => {
    const text = latin1(pdf)
    expect(text).toContain('/Outlines')
    expect(text.match(/\/Parent \d+ 0 R/g)?.length).toBeGreaterThanOrEqual(5 + 12)
  })

  it('leaves out closed items in the public version and live notes in both', async () => {
    const full = await exportPdf(nodeCases.closedItem as JSONContent, { version: 'full' })
    const pub = await exportPdf(nodeCases.closedItem as JSONContent, { version: 'public' })
    expect(pub.length).toBeLessThan(full.length)
  })
})
