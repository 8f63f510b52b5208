import { describe, expect, it } from 'vitest'
import { documentXml } from '../testing/documentXml'
import { nodeCases } from '../testing/nodeCases'
import { unzipDocx } from '../testing/unzipDocx'
import type { ExportVersion } from '../ExportOptions'
import { exportDocx } from './exportDocx'

const cases = Object.entries(nodeCases).flatMap(([name, doc]) =>
  (['full', 'public'] as ExportVersion[])
    .filter((version) => version === 'full' || name === 'closedItem' || name === 'liveNotes')
    .map((version) => ({ name: version === 'full' ? name : `${name}.public`, doc, version })),
)

describe('DOCX per node type', () => {
  it.each(cases)('$name', async ({ name, doc, version }) => {
    const parts = unzipDocx(await exportDocx(doc, { version }))
    await expect(documentXml(parts['word/document.xml'] ?? '')).toMatchFileSnapshot(
      `__snapshots__/docx/${name}.xml`,
    )
  })
})
