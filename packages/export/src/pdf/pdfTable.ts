import type { Node as PMNode } from '@tiptap/pm/model'
import type { PdfContext, PdfStep } from './PdfContext'

/** A table of the cells' text; a first row of header cells is shaded. */
export function pdfTable(table: PMNode, context: PdfContext): PdfStep[] {
  const rows: string[][] = []
  let header = false
  table.forEach((row, _offset, index) => {
    const cells: string[] = []
    let allHeaders = row.childCount > 0
    row.forEach((cell) => {
      const parts: string[] = []
      cell.forEach((block) => {
        parts.push(block.textBetween(0, block.content.size, '\n', '\n'))
      })
      cells.push(parts.join('\n'))
      if (cell.type.name !== 'tableHeader') allHeaders = false
    })
    if (index === 0) header = allHeaders
    rows.push(cells)
  })
  if (rows.length === 0) return []
  return [() => context.layout.table(rows, header, context.indent)]
}
