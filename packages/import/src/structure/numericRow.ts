const NUMBER = /^[-+]?\d[\d.,]*%?$/

/**
 * Splits a table row of a label followed by at least two numbers ("Budget samlet 37.323.308
 * 37.759.496") into cells, or returns undefined for running text.
 */
export function numericRow(line: string): string[] | undefined {
  if (line.length > 200) return undefined
  const tokens = line.split(' ')
  let first = tokens.length
  while (first > 0 && NUMBER.test(tokens[first - 1] as string)) first--
  const numbers = tokens.length - first
  if (numbers < 2 || first === 0) return undefined
  return [tokens.slice(0, first).join(' '), ...tokens.slice(first)]
}
