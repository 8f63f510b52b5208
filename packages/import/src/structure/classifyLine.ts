import type { CompiledVocabulary } from '../vocabulary/compileVocabulary'
import { headingKey } from '../vocabulary/headingKey'
import { MAX_PATTERN_LINE } from '../source/removePageFurniture'
import type { LineClass } from './LineClass'
import { matchSection } from './matchSection'
import { matchNumbered } from './matchNumbered'

const firstMatch = (patterns: RegExp[], text: string) => {
  for (const pattern of patterns) {
    const match = pattern.exec(text)
    if (match) return match.groups ?? {}
  }
  return undefined
}

/** Classifies one line by the vocabulary alone. */
export function classifyLine(text: string, v: CompiledVocabulary): LineClass {
  const marker = v.source.bilagMarker
  if (marker && text.startsWith(marker)) return { kind: 'bilag', rest: text.slice(marker.length).trim() }
  const first = text[0] as string
  if (v.bulletMarkers.has(first)) {
    if (text.length === 1) return first === '-' || first === '–' ? { kind: 'text' } : { kind: 'bulletGlyph' }
    if (/\s/.test(text[1] as string)) return { kind: 'bullet', text: text.slice(1).trim() }
  }
  if (text.length > MAX_PATTERN_LINE)
    return matchNumbered(text.slice(0, MAX_PATTERN_LINE), text, v) ?? { kind: 'text' }
  const key = headingKey(text)
  if (v.attendanceTitles.has(key)) return { kind: 'attendanceTitle' }
  const status = v.attendanceHeadings.get(key)
  if (status) return { kind: 'attendanceHeading', status }
  const official = v.officialHeadings.get(key)
  if (official !== undefined) return { kind: 'officialHeading', function: official }
  if (v.tableOfContents.has(key)) return { kind: 'toc' }
  const section = matchSection(text, key, v)
  if (section) return section
  const caseLine = firstMatch(v.caseLines, text)
  if (caseLine?.caseNumber) {
    return { kind: 'case', caseNumber: caseLine.caseNumber, caseOfficer: caseLine.caseOfficer ?? '' }
  }
  if (v.caseNumberLabels.some((p) => p.test(text))) return { kind: 'caseLabel' }
  const absent = firstMatch(v.notParticipating, text)
  if (absent) return { kind: 'notParticipating', names: absent.names ?? '' }
  const grouped = firstMatch(v.groupedItems, text)
  if (grouped?.group && grouped.number && grouped.title) {
    return {
      kind: 'groupedItem',
      group: Number(grouped.group),
      number: Number(grouped.number),
      title: grouped.title,
    }
  }
  const numbered = matchNumbered(text, text, v)
  if (numbered) return numbered
  if (v.label.test(text)) return { kind: 'label', label: text }
  return { kind: 'text' }
}
