/** The needles that are not found in `text` in the given order, each searched after the one before. */
export function missingInOrder(text: string, needles: string[], from = 0): string[] {
  const missing: string[] = []
  let at = from
  for (const needle of needles) {
    const found = text.indexOf(needle, at)
    if (found < 0) missing.push(needle)
    else at = found + needle.length
  }
  return missing
}

/**
 * Text compared without what layout changes: whitespace and line breaks, hyphens (pdftotext joins
 * a word broken after a hyphen without it) and list bullets.
 */
export const comparable = (text: string) => text.replace(/[\s\-\u2010\u00ad\u2022\u25cf\uf0b7]+/g, '')

/** Page furniture (running header, page numbers) out, then `comparable`. */
export function readableText(pdfText: string, furniture: RegExp[]): string {
  return comparable(
    pdfText
      .split('\n')
      .filter((line) => !furniture.some((f) => f.test(line.trim())))
      .join('\n'),
  )
}
