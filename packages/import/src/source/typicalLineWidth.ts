const MAX_TRACKED = 400

/** The 95th percentile of line lengths: the width a wrapped line of running text reaches. */
export function typicalLineWidth(lengths: number[]): number {
  if (lengths.length === 0) return Infinity
  const histogram = new Array<number>(MAX_TRACKED + 1).fill(0)
  for (const length of lengths) histogram[Math.min(length, MAX_TRACKED)]! += 1
  let seen = 0
  const target = lengths.length * 0.95
  for (let width = 0; width <= MAX_TRACKED; width++) {
    seen += histogram[width]!
    if (seen >= target) return width
  }
  return MAX_TRACKED
}
