const MAX_HEADER_LINES = 6

/**
 * Marks as furniture the running header block that stands right above the page numbers (Ballerup
 * repeats committee, "Referat", "Åbent referat" and the date on every page): lines repeated above at
 * least `minPages` page numbers, and copies of them that touch other furniture.
 */
export function markRepeatedHeaders(
  trimmed: string[],
  pageNumber: boolean[],
  furniture: boolean[],
  minPages: number,
) {
  const runs: number[][] = []
  const counts = new Map<string, number>()
  for (let i = 0; i < trimmed.length; i++) {
    if (!pageNumber[i]) continue
    let j = i - 1
    while (j >= 0 && trimmed[j] === '') j--
    const run: number[] = []
    const seen = new Set<string>()
    for (; j >= 0 && trimmed[j] !== '' && run.length < MAX_HEADER_LINES; j--) {
      run.push(j)
      const text = trimmed[j] as string
      if (!seen.has(text)) counts.set(text, (counts.get(text) ?? 0) + 1)
      seen.add(text)
    }
    runs.push(run)
  }
  const repeated = (i: number) => (counts.get(trimmed[i] as string) ?? 0) >= minPages
  for (const run of runs) for (const i of run) if (repeated(i)) furniture[i] = true
  for (let i = 1; i < trimmed.length; i++) {
    if (furniture[i - 1] && !furniture[i] && trimmed[i] !== '' && repeated(i)) furniture[i] = true
  }
  for (let i = trimmed.length - 2; i >= 0; i--) {
    if (furniture[i + 1] && !furniture[i] && trimmed[i] !== '' && repeated(i)) furniture[i] = true
  }
}
