import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { exportDocx } from './docx/exportDocx'
import { ExportError } from './ExportError'
import { MAX_DEPTH } from './model/readMinutes'
import { exportPdf } from './pdf/exportPdf'
import { group, item, manyItems, minutes, p, section } from './testing/syntheticMinutes'
import { unzipDocx } from './testing/unzipDocx'

const exporters = [
  { name: 'docx', run: exportDocx },
  { name: 'pdf', run: exportPdf },
] as const

function nestedList(depth: number): JSONContent {
  let list: JSONContent = {
    type: 'bulletList',
    content: [{ type: 'listItem', content: [p(`niveau ${depth}`)] }],
  }
  for (let level = depth - 1; level > 0; level--) {
    list = { type: 'bulletList', content: [{ type: 'listItem', content: [p(`niveau ${level}`), list] }] }
  }
  return minutes(group('Sager', [item('Dyb liste', [section('sagsfremstilling', [list])])]))
}

describe('hostile input', () => {
  it.each(exporters)(
    '$name: 5,000 items finish with a file',
    async ({ name, run }) => {
      const data = await run(manyItems(5000), { version: 'full' })
      if (name === 'docx') expect(unzipDocx(data)['word/document.xml']).toContain('500.10. Punkt nummer 5000')
      else expect(data.subarray(0, 5).toString()).toBe('%PDF-')
    },
    60_000,
  )

  it.each(exporters)(
    '$name: lists nested 40 deep give a file, deeper than the limit a clear error',
    async ({ run }) => {
      expect((await run(nestedList(40), { version: 'full' })).length).toBeGreaterThan(1000)
      await expect(run(nestedList(MAX_DEPTH), { version: 'full' })).rejects.toThrow(
        new ExportError(`The document is nested more than ${MAX_DEPTH} levels deep.`),
      )
    },
  )

  it.each(exporters)(
    '$name: a 1 MB paragraph is written whole',
    async ({ name, run }) => {
      const words = 'ærø '.repeat(256 * 1024)
      const doc = minutes(group('Sager', [item('Lang tekst', [section('sagsfremstilling', [p(words)])])]))
      const data = await run(doc, { version: 'full' })
      if (name === 'docx') expect(unzipDocx(data)['word/document.xml']).toContain(words)
      else expect(data.length).toBeGreaterThan(100_000)
    },
    60_000,
  )

  it.each(exporters)(
    '$name: unknown node types, non-documents and unknown versions are clear errors',
    async ({ run }) => {
      const unknown = minutes({ type: 'agendaGroup', content: [{ type: 'video', attrs: { src: 'x' } }] })
      await expect(run(unknown, { version: 'full' })).rejects.toThrow(
        /does not fit the minutes schema: .*video/,
      )
      await expect(run({ type: 'paragraph' }, { version: 'full' })).rejects.toThrow(ExportError)
      await expect(run(minutes(), { version: 'draft' as never })).rejects.toThrow('Unknown version "draft"')
    },
  )
})
