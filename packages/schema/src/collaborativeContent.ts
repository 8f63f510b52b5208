import Document from '@tiptap/extension-document'
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'

/*
 * The Yjs binding deletes any node the schema cannot build, and the parent with it
 * (ARCHITECTURE.md). Every content expression here therefore uses `*`: required structure is
 * restored by the normalizer instead.
 */
export const MinutesDocument = Document.extend({ content: 'documentPart*' })
export const PermissiveListItem = ListItem.extend({ content: 'block*' })
export const PermissiveBulletList = BulletList.extend({ content: 'listItem*' })
export const PermissiveOrderedList = OrderedList.extend({ content: 'listItem*' })
export const PermissiveTable = Table.extend({ content: 'tableRow*' }).configure({ resizable: false })
export const PermissiveTableRow = TableRow
export const PermissiveTableCell = TableCell.extend({ content: 'block*' })
export const PermissiveTableHeader = TableHeader.extend({ content: 'block*' })
