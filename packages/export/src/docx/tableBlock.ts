import type { Node as PMNode } from '@tiptap/pm/model'
import { Paragraph, Table, TableCell, TableRow, WidthType, type FileChild } from 'docx'
import { childrenOf, type DocxContext } from './DocxContext'

function cell(node: PMNode, context: DocxContext): TableCell {
  const children = childrenOf(node, context).filter(
    (c): c is Paragraph | Table => c instanceof Paragraph || c instanceof Table,
  )
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph('')],
    columnSpan: Number(node.attrs.colspan) > 1 ? Number(node.attrs.colspan) : undefined,
    rowSpan: Number(node.attrs.rowspan) > 1 ? Number(node.attrs.rowspan) : undefined,
  })
}

export function tableRow(row: PMNode, context: DocxContext): TableRow {
  const cells: TableCell[] = []
  let header = row.childCount > 0
  row.forEach((c) => {
    cells.push(cell(c, context))
    if (c.type.name !== 'tableHeader') header = false
  })
  return new TableRow({
    children: cells.length > 0 ? cells : [new TableCell({ children: [new Paragraph('')] })],
    tableHeader: header,
  })
}

/** A table across the text width; a first row of header cells repeats on each page. */
export function tableBlock(table: PMNode, context: DocxContext): FileChild[] {
  const rows: TableRow[] = []
  table.forEach((row) => {
    rows.push(tableRow(row, context))
  })
  if (rows.length === 0) return []
  return [new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }), new Paragraph('')]
}
