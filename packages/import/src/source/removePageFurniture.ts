import type { CompiledVocabulary } from '../vocabulary/compileVocabulary'
import type { FurnitureFacts } from './SourceDocument'
import { markRepeatedHeaders } from './markRepeatedHeaders'

/** Longest line tested against vocabulary patterns; keeps every pattern's cost bounded. */
export const MAX_PATTERN_LINE = 300

/** `null` marks a page boundary where furniture was taken out. */
export type PageLine = string | null

function readFacts(match: RegExpExecArray, facts: FurnitureFacts) {
  const groups = match.groups ?? {}
  if (groups.body && !facts.body) facts.body = groups.body.trim()
  if (groups.date && !facts.date) facts.date = groups.date.trim()
}

/**
 * Takes out running headers, footers and page numbers, together with the blank lines around them,
 * and leaves a page marker so that a paragraph broken by a page runs on.
 */
export function removePageFurniture(lines: string[], v: CompiledVocabulary) {
  const trimmed = lines.map((l) => (l.length > MAX_PATTERN_LINE ? l.slice(0, MAX_PATTERN_LINE) : l).trim())
  const facts: FurnitureFacts = {}
  const pageNumber = trimmed.map((t) => t !== '' && v.pageNumbers.some((p) => p.test(t)))
  const furniture = trimmed.map((t, i) => {
    if (pageNumber[i]) return true
    if (t === '') return false
    for (const pattern of v.pageFurniture) {
      const match = pattern.exec(t)
      if (!match) continue
      readFacts(match, facts)
      return true
    }
    return false
  })
  markRepeatedHeaders(trimmed, pageNumber, furniture, v.source.repeatedHeaderMinPages)
  const out: PageLine[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!furniture[i]) {
      out.push(lines[i] as string)
      continue
    }
    while (out.length > 0 && out[out.length - 1]?.trim() === '') out.pop()
    while (i + 1 < lines.length && (furniture[i + 1] || trimmed[i + 1] === '')) i++
    if (out.length > 0 && out[out.length - 1] !== null) out.push(null)
  }
  return { lines: out, facts }
}
