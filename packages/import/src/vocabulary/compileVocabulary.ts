import { ImportError } from '../ImportError'
import type { ImportVocabulary, PatternSource } from './ImportVocabulary'
import { headingKey } from './headingKey'

export interface CompiledVocabulary {
  source: ImportVocabulary
  sectionHeadings: Map<string, string>
  extraSectionHeadings: Set<string>
  decisionHeadings: RegExp[]
  attendanceTitles: Set<string>
  attendanceHeadings: Map<string, 'present' | 'absent'>
  officialHeadings: Map<string, string>
  substitute: RegExp
  role: RegExp
  notParticipating: RegExp[]
  caseLines: RegExp[]
  caseNumberLabels: RegExp[]
  caseNumberValues: RegExp[]
  groups: RegExp[]
  groupedItems: RegExp[]
  items: RegExp[]
  orderedList: RegExp
  bulletMarkers: Set<string>
  label: RegExp
  pageFurniture: RegExp[]
  pageNumbers: RegExp[]
  tableOfContents: Set<string>
  documentTitles: Set<string>
  headerRemarks: RegExp[]
  time: RegExp
  decisionStatuses: { pattern: RegExp; status: string }[]
  hyphenKeptBefore: Set<string>
}

function compile(field: string, source: PatternSource): RegExp {
  try {
    return new RegExp(source, 'iu')
  } catch (error) {
    throw new ImportError(`Vocabulary field "${field}" holds an invalid pattern: ${(error as Error).message}`)
  }
}

const keys = (words: string[]) => new Set(words.map(headingKey))
const keyMap = <T>(record: Record<string, T>) =>
  new Map(Object.entries(record).map(([key, value]) => [headingKey(key), value]))

/** Compiles the patterns of a vocabulary once and indexes its heading lists by their lookup key. */
export function compileVocabulary(v: ImportVocabulary): CompiledVocabulary {
  const all = (field: string, list: PatternSource[]) => list.map((p) => compile(field, p))
  return {
    source: v,
    sectionHeadings: keyMap(v.sectionHeadings),
    extraSectionHeadings: keys(v.extraSectionHeadings),
    decisionHeadings: all('decisionHeadings', v.decisionHeadings),
    attendanceTitles: keys(v.attendanceTitles),
    attendanceHeadings: keyMap(v.attendanceHeadings),
    officialHeadings: keyMap(v.officialHeadings),
    substitute: compile('substitutePattern', v.substitutePattern),
    role: compile('rolePattern', v.rolePattern),
    notParticipating: all('notParticipatingPatterns', v.notParticipatingPatterns),
    caseLines: all('caseLinePatterns', v.caseLinePatterns),
    caseNumberLabels: all('caseNumberLabels', v.caseNumberLabels),
    caseNumberValues: all('caseNumberValues', v.caseNumberValues),
    groups: all('groupPatterns', v.groupPatterns),
    groupedItems: all('groupedItemPatterns', v.groupedItemPatterns),
    items: all('itemPatterns', v.itemPatterns),
    orderedList: compile('orderedListPattern', v.orderedListPattern),
    bulletMarkers: new Set(v.bulletMarkers),
    label: compile('labelPattern', v.labelPattern),
    pageFurniture: all('pageFurniture', v.pageFurniture),
    pageNumbers: all('pageNumberPatterns', v.pageNumberPatterns),
    tableOfContents: keys(v.tableOfContentsHeadings),
    documentTitles: keys(v.documentTitles),
    headerRemarks: all('headerRemarks', v.headerRemarks),
    time: compile('timePattern', v.timePattern),
    decisionStatuses: v.decisionStatuses.map((r) => ({
      pattern: compile('decisionStatuses', r.pattern),
      status: r.status,
    })),
    hyphenKeptBefore: keys(v.hyphenKeptBefore),
  }
}
