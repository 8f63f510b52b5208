import type { JSONContent } from '@tiptap/core'
import {
  attendeeLine,
  defaultMinutesConfig,
  getMinutesSchema,
  numberAgenda,
  sectionKindOf,
  type AttendeeAttributes,
} from '@referat/schema'

const WORD = /[\p{L}\p{N}]+/gu

/** Words as letter/digit runs, counted. */
export function countWords(text: string, counts = new Map<string, number>()): Map<string, number> {
  for (const [word] of text.matchAll(WORD)) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/**
 * The words of the source as a reader reads them: furniture lines removed, and a word hyphenated
 * over a line end ("ud-" / "viklingsgruppe") read as one word.
 */
export function sourceWords(text: string, furniture: RegExp[]): Map<string, number> {
  const kept = text
    .split(/\r?\n/)
    .filter((line) => !furniture.some((f) => f.test(line.trim())))
    .join('\n')
  return countWords(kept.replace(/(\p{Ll})-[ \t]*(?:\n[ \t]*)+(?!og |eller )(?=\p{Ll})/gu, '$1'))
}

/** Every word the document shows: text, attendee lines, section headings, case lines, list and agenda numbers. */
export function documentWords(doc: JSONContent): Map<string, number> {
  const counts = new Map<string, number>()
  const walk = (node: JSONContent) => {
    const attrs = node.attrs ?? {}
    if (node.type === 'text') countWords(node.text ?? '', counts)
    if (node.type === 'attendee') countWords(attendeeLine(attrs as AttendeeAttributes), counts)
    if (node.type === 'section') {
      const label = sectionKindOf(defaultMinutesConfig, String(attrs.kind))?.label ?? ''
      countWords(String(attrs.heading || label), counts)
    }
    if (node.type === 'agendaItem') countWords(`${attrs.caseNumber} ${attrs.caseOfficer}`, counts)
    if (node.type === 'orderedList') {
      node.content?.forEach((_, index) => countWords(String(Number(attrs.start ?? 1) + index), counts))
    }
    for (const child of node.content ?? []) walk(child)
  }
  walk(doc)
  for (const n of numberAgenda(getMinutesSchema().nodeFromJSON(doc))) countWords(n.number, counts)
  return counts
}

/** Words of `source` that the document holds fewer times than the source does. */
export function missingWords(source: Map<string, number>, doc: Map<string, number>): string[] {
  const missing: string[] = []
  for (const [word, count] of source) {
    const short = count - (doc.get(word) ?? 0)
    if (short > 0) missing.push(short > 1 ? `${word}×${short}` : word)
  }
  return missing
}
