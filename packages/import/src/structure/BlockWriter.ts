import type { JSONContent } from '@tiptap/core'
import { InlineBuffer } from './InlineBuffer'
import { paragraphsOf } from './paragraphsOf'

interface OpenList {
  node: JSONContent
  ordered: boolean
  next: number
}

/**
 * Rebuilds blocks (paragraphs, lists, tables, sub-headings) from lines and writes them into the
 * current sink: the content array of a section, the header, a group, the attendance list.
 */
export class BlockWriter {
  private sink: JSONContent[] = []
  private inline: InlineBuffer | undefined
  private list: OpenList | undefined
  private table: { node: JSONContent; columns: number } | undefined
  private label = ''

  constructor(
    private readonly lineWidth: number,
    private readonly keptBefore: Set<string>,
  ) {}

  /** Sends the following blocks to `sink`; whatever is open is finished first. */
  use(sink: JSONContent[]) {
    if (sink !== this.sink) this.flush()
    this.sink = sink
  }

  get inParagraph() {
    return this.inline !== undefined
  }

  get inList() {
    return this.list !== undefined
  }

  /** The number an open ordered list expects next, if one is open. */
  get expectedListNumber() {
    return this.list?.ordered ? this.list.next : undefined
  }

  get tableColumns() {
    return this.table?.columns
  }

  /** The last line written to the open paragraph or list item. */
  get lastLine() {
    return this.inline?.line
  }

  flush() {
    this.closeInline()
    this.list = undefined
    this.table = undefined
  }

  /** A list label alone on its line ("A)"), carried to the start of the next paragraph. */
  setLabel(label: string) {
    this.flush()
    this.label = label
  }

  paragraph(line: string) {
    this.closeInline()
    this.list = undefined
    this.table = undefined
    this.openInline().addLine(this.withLabel(line))
  }

  line(line: string) {
    if (this.inline) this.inline.addLine(line)
    else this.paragraph(line)
  }

  endParagraph() {
    if (!this.list) this.closeInline()
  }

  bilag(rest: string) {
    this.flush()
    const inline = this.openInline()
    inline.addLine(this.withLabel(''))
    inline.bilag()
    inline.addLine(rest)
  }

  heading(text: string, level: 3 | 4) {
    this.flush()
    this.sink.push({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] })
  }

  listItem(text: string, ordered: boolean, number = 1) {
    this.closeInline()
    this.table = undefined
    if (!this.list || this.list.ordered !== ordered) {
      const node: JSONContent = ordered
        ? { type: 'orderedList', attrs: { start: number }, content: [] }
        : { type: 'bulletList', content: [] }
      this.sink.push(node)
      this.list = { node, ordered, next: number }
    }
    this.list.next = number + 1
    const inline = this.openInline()
    inline.addLine(text)
  }

  tableRow(cells: string[]) {
    this.flush()
    const row: JSONContent = {
      type: 'tableRow',
      content: cells.map((cell) => ({ type: 'tableCell', content: paragraphsOf(cell) })),
    }
    this.sink.push({ type: 'table', content: [row] })
    this.table = { node: this.sink[this.sink.length - 1] as JSONContent, columns: cells.length }
  }

  addTableRow(cells: string[]) {
    if (!this.table) return this.tableRow(cells)
    this.closeInline()
    this.table.node.content?.push({
      type: 'tableRow',
      content: cells.map((cell) => ({ type: 'tableCell', content: paragraphsOf(cell) })),
    })
  }

  private withLabel(line: string) {
    const label = this.label
    this.label = ''
    return label && line ? `${label} ${line}` : label || line
  }

  private openInline(): InlineBuffer {
    this.inline = new InlineBuffer(this.lineWidth, this.keptBefore)
    return this.inline
  }

  private closeInline() {
    const inline = this.inline
    this.inline = undefined
    if (!inline) return
    const paragraph: JSONContent = { type: 'paragraph' }
    const content = inline.content()
    if (content.length > 0) paragraph.content = content
    if (this.list) this.list.node.content?.push({ type: 'listItem', content: [paragraph] })
    else this.sink.push(paragraph)
  }
}
