import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { exportDocx } from './docx/exportDocx'
import { exportPdf } from './pdf/exportPdf'
import { convertWithLibreOffice } from './testing/convertWithLibreOffice'
import { comparable, missingInOrder } from './testing/inOrder'
import { nodeCases } from './testing/nodeCases'
import { pdfText } from './testing/pdfText'
import { requireTool } from './testing/requireTool'

/** The `orderedLists` case with the first list starting at 3 and its nested list at 2 (b.). */
function listsWithStart(): JSONContent {
  const doc = structuredClone(nodeCases.orderedLists) as JSONContent
  const json = JSON.stringify(doc)
    .replace('{"type":"orderedList","content"', '{"type":"orderedList","attrs":{"start":3},"content"')
    .replace(
      '{"type":"orderedList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"under"',
      '{"type":"orderedList","attrs":{"start":2},"content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"under"',
    )
  expect(json.match(/"start":/g)).toHaveLength(2)
  return JSON.parse(json) as JSONContent
}

const EXPECTED = ['3.første', '4.anden', 'b.under', 'Mellemlisterne.', '1.nyliste']

describe('ordered lists honour their start attribute', () => {
  it('in the DOCX, as LibreOffice numbers it', async () => {
    requireTool('soffice')
    requireTool('pdftotext')
    const text = comparable(
      pdfText(convertWithLibreOffice(await exportDocx(listsWithStart(), { version: 'full' }))),
    )
    expect(missingInOrder(text, EXPECTED)).toEqual([])
    expect(text).not.toContain('1.første')
  })

  it('in the PDF', async () => {
    requireTool('pdftotext')
    const text = comparable(pdfText(await exportPdf(listsWithStart(), { version: 'full' })))
    expect(missingInOrder(text, EXPECTED)).toEqual([])
    expect(text).not.toContain('1.første')
  })
})
