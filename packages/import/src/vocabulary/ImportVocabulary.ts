/**
 * A regular expression written as a string so that a vocabulary can live in a JSON file. Patterns are
 * compiled case-insensitive and Unicode-aware, and only ever tested against single lines.
 */
export type PatternSource = string

/** A decision wording and the status it implies (the first matching rule wins). */
export interface DecisionStatusRule {
  pattern: PatternSource
  /** One of `DECISION_STATUSES` from `@referat/schema`. */
  status: string
}

/**
 * The words an importer recognises: headings, numbering, case lines, attendance and page furniture.
 * The structure builder holds no wording of its own; everything it matches comes from here, so
 * another municipality's minutes are read by another vocabulary, not by other code.
 */
export interface ImportVocabulary {
  /** Section heading (whole line, case-insensitive, trailing colon ignored) → section kind. */
  sectionHeadings: Record<string, string>
  /** Headings without a configured kind that still open a section (kind = slug of the heading). */
  extraSectionHeadings: string[]
  /** Dated or worded decision headings, whole line. A named group `date` dates the decision. */
  decisionHeadings: PatternSource[]
  /** The section kind decision headings open. */
  decisionKind: string
  /** Kind of the section that takes an item's text found before its first heading. */
  defaultSectionKind: string
  /** Lines that title the attendance list (Deltagerfortegnelse). */
  attendanceTitles: string[]
  /** Attendance headings → the status of the people listed under them. */
  attendanceHeadings: Record<string, 'present' | 'absent'>
  /** Headings listing officials (present, kind `official`) → the function they attend in. */
  officialHeadings: Record<string, string>
  /** Tail of an attendee line naming whom a substitute replaces; named group `name`. */
  substitutePattern: PatternSource
  /** Tail of an attendee line giving a role; named group `role`. */
  rolePattern: PatternSource
  /** "X deltog ikke i behandlingen"; an optional named group `names` lists them on the same line. */
  notParticipatingPatterns: PatternSource[]
  /** Case line; named groups `caseNumber` and optional `caseOfficer` (initials). */
  caseLinePatterns: PatternSource[]
  /** A case-number label standing alone, its value on one of the next lines (two-column layouts). */
  caseNumberLabels: PatternSource[]
  /** The value line that follows a case-number label; named group `caseNumber`. */
  caseNumberValues: PatternSource[]
  /** How many lines after a label its value may appear. */
  caseNumberLookahead: number
  /** Agenda group heading; named groups `number`, `title`. */
  groupPatterns: PatternSource[]
  /** Item numbered inside its group ("2.3. Titel"); named groups `group`, `number`, `title`. */
  groupedItemPatterns: PatternSource[]
  /** Item numbered on its own ("715. Titel", or "1." alone); named groups `number`, optional `title`. */
  itemPatterns: PatternSource[]
  /** Line of a numbered list; named groups `number`, `text`. */
  orderedListPattern: PatternSource
  /** Characters that start a bullet line ("– tekst"), or stand alone as a bullet glyph. */
  bulletMarkers: string[]
  /** A list label alone on a line ("a.", "B)"); it is joined to the text that follows. */
  labelPattern: PatternSource
  /** The attachment marker that starts a paragraph ("./."). */
  bilagMarker: string
  /** Page furniture lines (running headers and footers). Named groups `body`, `date` feed the header. */
  pageFurniture: PatternSource[]
  /** Page-number lines; the block of lines standing right above them is furniture when it repeats. */
  pageNumberPatterns: PatternSource[]
  /** On how many pages a block above the page number must repeat to count as a running header. */
  repeatedHeaderMinPages: number
  /** Table-of-contents headings; the contents run to the end of their page. */
  tableOfContentsHeadings: string[]
  /** Document titles opening the front page (Referat, Dagsorden). */
  documentTitles: string[]
  /** Front-page lines that are neither body, date nor place ("Åbent referat"). */
  headerRemarks: PatternSource[]
  /** Prefixes stripped from the place line ("i Mødecenter C" → "Mødecenter C"). */
  placePrefixes: string[]
  /** Month names, January first, for dates like "4. december 2012". */
  monthNames: string[]
  /** Start time on a front-page line; named groups `hour`, `minute`. */
  timePattern: PatternSource
  /** Decision wording → status, tried in order against the decision text. */
  decisionStatuses: DecisionStatusRule[]
  /** Words after a line-end hyphen that mark it as a real hyphen ("Social-" + "og …"). */
  hyphenKeptBefore: string[]
}
