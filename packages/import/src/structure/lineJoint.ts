/** How two consecutive lines of one paragraph are joined. */
export type Joint = 'dehyphenate' | 'glue' | 'space' | 'hardBreak'

const LOWER = /^\p{Ll}$/u
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

function firstWord(line: string): string {
  const end = line.search(/[\s,.;:!?)]/)
  return (end < 0 ? line : line.slice(0, end)).toLocaleLowerCase('da')
}

/**
 * True when the line ended on purpose: the next line's first word would have fitted on it, so
 * the text did not wrap there. Characters are not glyph widths, so a sure answer needs room to
 * spare (`fill` 0.8); a looser `fill` serves where other signs agree.
 */
export function endsDeliberately(line: string, next: string, lineWidth: number, fill = 0.8): boolean {
  if (line.endsWith('-')) return false
  const nextWord = next.indexOf(' ') < 0 ? next.length : next.indexOf(' ')
  return line.length + 1 + nextWord <= lineWidth * fill
}

/**
 * A word split by a hyphen at the line end is joined ("ud-" + "viklingsgruppe"); a hyphen after a
 * capital or a digit is real and stays ("CO2-" + "udledningen", "KKR-" + "sag"), as does one before
 * a conjunction ("Social-" + "og Bolig…").
 */
export function lineJoint(line: string, next: string, lineWidth: number, keptBefore: Set<string>): Joint {
  if (line.endsWith('-') && line.length >= 2) {
    const before = line[line.length - 2] as string
    if (keptBefore.has(firstWord(next))) return 'space'
    if (LOWER.test(before) && LOWER.test(next[0] as string)) return 'dehyphenate'
    return LETTER_OR_DIGIT.test(before) ? 'glue' : 'space'
  }
  return endsDeliberately(line, next, lineWidth) ? 'hardBreak' : 'space'
}
