import type { SourceBlock } from '../source/SourceDocument'
import type { LineClass } from './LineClass'

/** The source blocks with each line's class, and the look-ahead questions the builder asks. */
export class SourceIndex {
  /** For each block: the group number of the next `g.n.` item heading at or after it. */
  private readonly nextGroupedItem: (number | undefined)[]

  constructor(
    readonly blocks: SourceBlock[],
    readonly classes: LineClass[],
  ) {
    this.nextGroupedItem = new Array<number | undefined>(blocks.length)
    let next: number | undefined
    for (let i = blocks.length - 1; i >= 0; i--) {
      const c = classes[i]
      if (c?.kind === 'groupedItem') next = c.group
      this.nextGroupedItem[i] = next
    }
  }

  text(i: number): string {
    const block = this.blocks[i]
    return block?.type === 'line' ? block.text : ''
  }

  cls(i: number): LineClass {
    return this.classes[i] ?? { kind: 'text' }
  }

  groupOfNextGroupedItem(after: number): number | undefined {
    return this.nextGroupedItem[after + 1]
  }

  /** The next line of the same paragraph (page markers are transparent), or -1. */
  nextInParagraph(i: number): number {
    for (let j = i + 1; j < this.blocks.length; j++) {
      const type = this.blocks[j]?.type
      if (type === 'line') return j
      if (type !== 'page') return -1
    }
    return -1
  }

  /** The next `count` lines after `i`, across paragraphs. */
  nextLines(i: number, count: number): number[] {
    const found: number[] = []
    for (let j = i + 1; j < this.blocks.length && found.length < count; j++) {
      if (this.blocks[j]?.type === 'line') found.push(j)
      else if (this.blocks[j]?.type === 'table') break
    }
    return found
  }

  hasPageAfter(i: number, within: number): boolean {
    for (let j = i + 1; j < Math.min(this.blocks.length, i + within); j++) {
      if (this.blocks[j]?.type === 'page') return true
    }
    return false
  }
}
