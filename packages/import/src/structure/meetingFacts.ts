import { isoDate } from '../helpers/isoDate'
import { MAX_PATTERN_LINE } from '../source/removePageFurniture'
import type { FurnitureFacts } from '../source/SourceDocument'
import type { CompiledVocabulary } from '../vocabulary/compileVocabulary'
import { headingKey } from '../vocabulary/headingKey'

export interface MeetingFacts {
  title?: string
  body?: string
  date?: string
  startTime?: string
  place?: string
}

function stripPrefix(line: string, prefixes: string[]): string {
  const prefix = prefixes.find((p) => line.toLocaleLowerCase('da').startsWith(p.toLocaleLowerCase('da')))
  return prefix ? line.slice(prefix.length).trim() : line
}

/**
 * Reads the front page: the document title, the body on the line after it, the date and start time,
 * and the place on the lines after those. Running headers fill in what the front page lacks.
 */
export function meetingFacts(
  lines: string[],
  furniture: FurnitureFacts,
  v: CompiledVocabulary,
): MeetingFacts {
  const facts: MeetingFacts = {}
  const place: string[] = []
  let bodyNext = false
  let afterDate = false
  for (const line of lines) {
    if (line.length > MAX_PATTERN_LINE) continue
    const date = isoDate(line, v.source.monthNames)
    const time = v.time.exec(line)?.groups
    const remark = v.headerRemarks.some((p) => p.test(line))
    if (!facts.title && v.documentTitles.has(headingKey(line))) {
      facts.title = line
      bodyNext = true
      continue
    }
    if (bodyNext && !date && !time && !remark) facts.body = line
    bodyNext = false
    if (date) facts.date ??= date
    if (time?.hour && time.minute) facts.startTime ??= `${time.hour.padStart(2, '0')}:${time.minute}`
    if (date || time) afterDate = true
    else if (remark && place.length > 0) break
    else if (afterDate && !remark && line !== facts.body)
      place.push(stripPrefix(line, v.source.placePrefixes))
  }
  if (place.length > 0) facts.place = place.join(', ')
  facts.body ??= furniture.body
  facts.date ??= furniture.date ? isoDate(furniture.date, v.source.monthNames) : undefined
  return facts
}
