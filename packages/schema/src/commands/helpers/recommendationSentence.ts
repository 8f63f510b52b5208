const LEAD = /\bindstille[rs]\b[^.\n]*?,?\s+at\s+/i
// A sentence ends at a full stop before a capital, a line break or the end, or at a line break
// before a capital: notes typed under an unterminated recommendation start a new paragraph.
const END = /[.!?](?=\s*$|[ \t]*\n|\s+[A-ZÆØÅ])|\n(?=\s*[A-ZÆØÅ])/

/**
 * The clause after "Det indstilles, at" / "… indstiller, at" up to the end of its sentence, on one
 * line; null when the text holds no such recommendation.
 */
export function recommendationSentence(text: string): string | null {
  const lead = LEAD.exec(text)
  if (!lead) return null
  const rest = text.slice(lead.index + lead[0].length)
  const end = END.exec(rest)
  const sentence = (end ? rest.slice(0, end.index) : rest).replace(/\s+/g, ' ').trim()
  return sentence || null
}
