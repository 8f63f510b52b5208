import type { PageLine } from './removePageFurniture'

const filled = (line: PageLine | undefined) => typeof line === 'string' && line.trim() !== ''

/** True when most lines are followed by one empty line, so empty lines separate lines, not paragraphs. */
export function isDoubleSpaced(lines: PageLine[]): boolean {
  let doubled = 0
  let adjacent = 0
  for (let i = 0; i < lines.length; i++) {
    if (!filled(lines[i])) continue
    if (lines[i + 1] === '' && filled(lines[i + 2])) doubled++
    else if (filled(lines[i + 1])) adjacent++
  }
  return doubled > adjacent
}
