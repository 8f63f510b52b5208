import { decodeEntities } from './decodeEntities'
import type { LineHint, SourceBlock } from './SourceDocument'

const HEADING = /^h[1-6]$/

/**
 * Reads the HTML mammoth produces (headings, paragraphs, lists, tables, no nesting tricks) into the
 * line/block model, in one linear scan. Inline formatting is dropped; text is kept.
 */
export function htmlToBlocks(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = []
  const lists: string[] = []
  let buffer: string[] = []
  let tableDepth = 0
  let rows: string[][] = []
  let row: string[] = []

  const emit = (hint?: LineHint) => {
    for (const part of buffer.join('').split('\n')) {
      const text = part.replace(/\s+/g, ' ').trim()
      if (text) blocks.push(hint ? { type: 'line', text, hint } : { type: 'line', text })
    }
    buffer = []
  }
  const listHint = (): LineHint => (lists[lists.length - 1] === 'ol' ? 'ordered' : 'bullet')
  const endParagraph = () => {
    if (blocks.length > 0 && blocks[blocks.length - 1]?.type !== 'break') blocks.push({ type: 'break' })
  }

  const onTag = (name: string, closing: boolean) => {
    if (name === 'br') return void buffer.push('\n')
    if (name === 'table') {
      tableDepth += closing ? -1 : 1
      if (!closing && tableDepth === 1) {
        emit()
        rows = []
      }
      if (closing && tableDepth === 0) {
        blocks.push({ type: 'table', rows })
        endParagraph()
      }
      return
    }
    if (tableDepth > 0) {
      if (!closing) return
      if (tableDepth > 1 || name === 'p') return void buffer.push(name === 'td' || name === 'th' ? ' ' : '\n')
      if (name === 'td' || name === 'th') {
        row.push(buffer.join('').trim())
        buffer = []
      }
      if (name === 'tr') {
        rows.push(row)
        row = []
      }
      return
    }
    if (name === 'ul' || name === 'ol') {
      emit(lists.length > 0 ? listHint() : undefined)
      if (closing) lists.pop()
      else lists.push(name)
      if (closing && lists.length === 0) endParagraph()
    } else if (name === 'li') {
      emit(listHint())
    } else if (HEADING.test(name)) {
      emit(closing ? 'heading' : undefined)
      if (closing) endParagraph()
    } else if (name === 'p') {
      emit(lists.length > 0 ? listHint() : undefined)
      if (closing && lists.length === 0) endParagraph()
    }
  }

  let pos = 0
  while (pos < html.length) {
    const open = html.indexOf('<', pos)
    const textEnd = open < 0 ? html.length : open
    if (textEnd > pos) buffer.push(decodeEntities(html.slice(pos, textEnd)))
    if (open < 0) break
    const close = html.indexOf('>', open)
    if (close < 0) break
    const tag = /^<(\/?)([a-zA-Z0-9]+)/.exec(html.slice(open, Math.min(close + 1, open + 16)))
    if (tag) onTag((tag[2] as string).toLowerCase(), tag[1] === '/')
    pos = close + 1
  }
  emit()
  return blocks
}
