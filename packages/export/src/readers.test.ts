import { summarize } from '@referat/import'
import { describe, expect, it } from 'vitest'
import { exportDocx } from './docx/exportDocx'
import { exportPdf } from './pdf/exportPdf'
import { convertWithLibreOffice } from './testing/convertWithLibreOffice'
import { kkrDoc } from './testing/fixtures'
import { comparable, missingInOrder, readableText } from './testing/inOrder'
import { nodeCases } from './testing/nodeCases'
import { pdfInfo, pdfText } from './testing/pdfText'
import { requireTool } from './testing/requireTool'

const FURNITURE = [/^Side \d+ af \d+$/, /^KKR Nordjylland \| 20-09-2024$/]

function expectedSequence(): string[] {
  const needles: string[] = []
  for (const group of summarize(kkrDoc()).groups) {
    needles.push(`${group.number}. ${group.title}`)
    for (const item of group.items) needles.push(`${item.number}. ${item.title}`, item.decision)
  }
  return needles
}

function expectKkrRead(text: string) {
  const readable = readableText(text, FURNITURE)
  const contentsEnd = readable.indexOf(comparable('5. Eventuelt'))
  expect(contentsEnd).toBeGreaterThan(0)
  const needles = expectedSequence()
  expect(needles.filter((n) => /[æøåÆØÅ]/.test(n)).length).toBeGreaterThan(10)
  expect(missingInOrder(readable, needles.map(comparable), contentsEnd + 1)).toEqual([])
}

describe('real readers (LibreOffice, poppler)', () => {
  it('LibreOffice opens our DOCX; its PDF has every title and decision of the KKR minute in order', async () => {
    requireTool('soffice')
    requireTool('pdftotext')
    const pdf = convertWithLibreOffice(await exportDocx(kkrDoc(), { version: 'full' }))
    expectKkrRead(pdfText(pdf))
    expect(pdfText(pdf)).toMatch(/2\.3\. Aftale om Grønt Danmark\.{3,}\d+/)
  }, 120_000)

  it('our own PDF has every title and decision of the KKR minute in order, æ/ø/å intact', async () => {
    requireTool('pdftotext')
    requireTool('pdfinfo')
    const pdf = await exportPdf(kkrDoc(), { version: 'full' })
    expectKkrRead(pdfText(pdf))
    const info = pdfInfo(pdf)
    expect(info).toMatch(/^Title: +Referat KKR Nordjylland 2024-09-20$/m)
    expect(info).toMatch(/^Page size: +595\.28 x 841\.89 pts \(A4\)$/m)
  })

  it.each(Object.entries(nodeCases).map(([name, doc]) => ({ name, doc })))(
    'PDF text of $name',
    async ({ name, doc }) => {
      requireTool('pdftotext')
      const version = name === 'closedItem' ? 'public' : 'full'
      await expect(pdfText(await exportPdf(doc, { version }), true)).toMatchFileSnapshot(
        `__snapshots__/pdf/${name}.txt`,
      )
    },
  )
})
