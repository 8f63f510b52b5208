import type { LineClass } from './LineClass'
import type { BlockWriter } from './BlockWriter'
import { endsDeliberately } from './lineJoint'
import { numericRow } from './numericRow'
import type { SourceIndex } from './SourceIndex'

const SENTENCE_END = /[.!?:]["”’)]?$/
const STARTS_SENTENCE = /^[\p{Lu}"”„]/u
/** A line ending deliberately need not be shorter than this share of the width when it ends a sentence. */
const LOOSE_FILL = 0.97

/**
 * Places the lines that are not agenda structure: paragraphs rebuilt from wrapped lines, lists,
 * numeric tables, sub-headings and bilag markers.
 */
export class TextPlacer {
  constructor(
    private readonly src: SourceIndex,
    private readonly writer: BlockWriter,
    private readonly lineWidth: number,
    private readonly consumed: Set<number>,
  ) {}

  /** Writes line `i` into the writer's current sink; true when it became a sub-heading. */
  place(i: number, cls: LineClass, fresh: boolean): boolean {
    const block = this.src.blocks[i]
    const text = this.src.text(i)
    const hint = block?.type === 'line' ? block.hint : undefined
    const writer = this.writer
    if (hint === 'heading') {
      writer.heading(text, 3)
      return true
    }
    if (hint) writer.listItem(text, hint === 'ordered', writer.expectedListNumber ?? 1)
    else if (cls.kind === 'bilag') writer.bilag(cls.rest)
    else if (cls.kind === 'bullet') writer.listItem(cls.text, false)
    else if (cls.kind === 'bulletGlyph') this.glyphList(i)
    else if (cls.kind === 'label') writer.setLabel(text)
    else if (cls.kind === 'numbered' && cls.ordered && this.isListLineAt(i, cls.ordered.number)) {
      writer.listItem(cls.ordered.text, true, cls.ordered.number)
    } else if (writer.inList) writer.line(text)
    else if (!this.tableRow(i, text)) return this.paragraphLine(i, text, fresh)
    return false
  }

  private paragraphLine(i: number, text: string, fresh: boolean): boolean {
    const writer = this.writer
    const nextIndex = this.src.nextInParagraph(i)
    const next = nextIndex < 0 ? undefined : this.src.text(nextIndex)
    if (writer.inParagraph) writer.line(text)
    else if (next !== undefined && this.isSubheading(text, next, this.src.cls(nextIndex), fresh)) {
      writer.heading(text, 3)
      return true
    } else writer.paragraph(text)
    if (next !== undefined && this.endsParagraph(text, next)) writer.endParagraph()
    return false
  }

  private endsParagraph(text: string, next: string): boolean {
    if (!SENTENCE_END.test(text)) return false
    const width = this.lineWidth
    return (
      endsDeliberately(text, next, width) ||
      (STARTS_SENTENCE.test(next) && endsDeliberately(text, next, width, LOOSE_FILL))
    )
  }

  private tableRow(i: number, text: string): boolean {
    const cells = numericRow(text)
    if (!cells) return false
    if (this.writer.tableColumns === cells.length) {
      this.writer.addTableRow(cells)
      return true
    }
    const next = this.src.nextInParagraph(i)
    if (next < 0 || numericRow(this.src.text(next))?.length !== cells.length) return false
    this.writer.tableRow(cells)
    return true
  }

  private isListLineAt(i: number, n: number): boolean {
    if (this.writer.expectedListNumber === n) return true
    if (n !== 1) return false
    return this.src.nextLines(i, 12).some((j) => {
      const c = this.src.cls(j)
      return c.kind === 'numbered' && c.ordered?.number === 2
    })
  }

  /**
   * A short line standing at the start of a paragraph, without sentence punctuation, followed by
   * a line that starts a sentence: "Temagrupper", "Klimapolitisk Dialogforum den 6.juni 2024". A
   * line that fills the width counts only after a real paragraph break (`fresh`), and a run of
   * short lines is a list or a table column, not headings.
   */
  private isSubheading(text: string, next: string, nextCls: LineClass, fresh: boolean): boolean {
    if (!this.headingLike(text) || (nextCls.kind !== 'bilag' && nextCls.kind !== 'text')) return false
    if (nextCls.kind === 'text' && !STARTS_SENTENCE.test(next)) return false
    if (nextCls.kind === 'text' && this.headingLike(next) && next.length < this.lineWidth * 0.6) return false
    return fresh || endsDeliberately(text, next, this.lineWidth)
  }

  private headingLike(text: string): boolean {
    if (text.length > this.lineWidth || !/^\p{Lu}/u.test(text) || /[-–,.;:!?]/u.test(text.slice(-1))) {
      return false
    }
    const words = text.split(' ')
    if (text.includes(',') || text.includes(':') || words.length > 10 || numericRow(text)) return false
    return !/^\p{Ll}{1,3}$/u.test(words[words.length - 1] as string)
  }

  private glyphList(i: number) {
    let last = i
    let count = 1
    for (let j = this.src.nextInParagraph(i); j >= 0 && this.src.cls(j).kind === 'bulletGlyph';) {
      this.consumed.add(j)
      count++
      last = j
      j = this.src.nextInParagraph(j)
    }
    const items = this.src.nextLines(last, count).filter((j) => this.src.cls(j).kind === 'text')
    if (items.length === 0) return this.writer.paragraph(this.src.text(i))
    for (const j of items) {
      this.consumed.add(j)
      this.writer.listItem(this.src.text(j), false)
    }
  }
}
