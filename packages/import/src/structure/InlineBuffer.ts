import type { JSONContent } from '@tiptap/core'
import { lineJoint } from './lineJoint'

/** The inline content of one paragraph being rebuilt from lines: text, hard breaks, bilag markers. */
export class InlineBuffer {
  private nodes: JSONContent[] = []
  private parts: string[] = []
  private lastLine: string | undefined

  constructor(
    private readonly lineWidth: number,
    private readonly keptBefore: Set<string>,
  ) {}

  get empty() {
    return this.lastLine === undefined && this.nodes.length === 0
  }

  get line() {
    return this.lastLine
  }

  bilag() {
    this.flushText()
    this.nodes.push({ type: 'bilag' })
  }

  addLine(line: string) {
    if (!line) return
    if (this.lastLine === undefined) {
      this.parts.push(this.nodes.length > 0 && line ? ` ${line}` : line)
    } else {
      const joint = lineJoint(this.lastLine, line, this.lineWidth, this.keptBefore)
      if (joint === 'dehyphenate') {
        const last = this.parts.length - 1
        this.parts[last] = (this.parts[last] as string).slice(0, -1)
        this.parts.push(line)
      } else if (joint === 'glue') this.parts.push(line)
      else if (joint === 'space') this.parts.push(' ', line)
      else {
        this.flushText()
        this.nodes.push({ type: 'hardBreak' })
        this.parts.push(line)
      }
    }
    this.lastLine = line
  }

  content(): JSONContent[] {
    this.flushText()
    return this.nodes
  }

  private flushText() {
    const text = this.parts.join('')
    if (text) this.nodes.push({ type: 'text', text })
    this.parts = []
  }
}
