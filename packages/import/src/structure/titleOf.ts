import type { SourceIndex } from './SourceIndex'

const HEADS = new Set(['case', 'caseLabel', 'section'])

function join(lines: string[]): string {
  return lines.reduce((title, line) => {
    if (!title) return line
    if (/\p{Ll}-$/u.test(title) && /^\p{Ll}/u.test(line)) return title.slice(0, -1) + line
    return `${title} ${line}`
  }, '')
}

/**
 * The title of an item heading at line `i`: its own text plus lines that run on before the case
 * line, or, for a number alone on its line ("1."), the lines after it.
 */
export function titleOf(src: SourceIndex, i: number, own: string): { title: string; consumed: number[] } {
  const lines: number[] = []
  if (own) {
    let j = src.nextInParagraph(i)
    for (; j >= 0 && lines.length < 2 && src.cls(j).kind === 'text'; j = src.nextInParagraph(j)) lines.push(j)
    if (j < 0 || lines.length === 0 || !HEADS.has(src.cls(j).kind)) return { title: own, consumed: [] }
  } else {
    for (const j of src.nextLines(i, 4)) {
      if (HEADS.has(src.cls(j).kind)) break
      if (src.cls(j).kind !== 'text') return { title: join(lines.map((l) => src.text(l))), consumed: lines }
      lines.push(j)
    }
    if (lines.length > 3) lines.length = 1
  }
  return { title: join([own, ...lines.map((j) => src.text(j))].filter(Boolean)), consumed: lines }
}
