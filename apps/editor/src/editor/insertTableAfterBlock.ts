import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'

/**
 * Inserts a table with a header row after the paragraph holding the cursor (replacing it when
 * empty) and puts the cursor in the first cell. Unlike Tiptap's `insertTable` it never splits the
 * paragraph, which the structure guard would rewrite and leave the cursor outside the table.
 */
export function insertTableAfterBlock(editor: Editor, rows = 3, cols = 3): boolean {
  return editor
    .chain()
    .focus()
    .command(({ tr }) => {
      const { nodes } = tr.doc.type.schema
      const { table, tableRow, tableHeader, tableCell, paragraph } = nodes
      const { $from } = tr.selection
      if (!table || !tableRow || !tableHeader || !tableCell || !paragraph || !$from.parent.isTextblock)
        return false
      const row = (cell: typeof tableCell) =>
        tableRow.create(
          null,
          Array.from({ length: cols }, () => cell.create(null, paragraph.create())),
        )
      const node = table.create(null, [
        row(tableHeader),
        ...Array.from({ length: rows - 1 }, () => row(tableCell)),
      ])
      const empty = $from.parent.content.size === 0
      const at = empty ? $from.before() : $from.after()
      if (empty) tr.replaceWith(at, $from.after(), node)
      else tr.insert(at, node)
      tr.setSelection(TextSelection.near(tr.doc.resolve(at + 1))).scrollIntoView()
      return true
    })
    .run()
}
