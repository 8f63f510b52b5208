/** The value below which `p` (0–1) of the sorted samples lie (nearest rank). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  return sorted[rank]!
}

export interface Summary {
  median: number
  min: number
  max: number
  /** Every repeat, in the order taken. */
  values: number[]
}

/** Median and spread (min–max) of the repeats of one figure. */
export function summarize(values: number[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v))
  const sorted = [...finite].sort((a, b) => a - b)
  const mid = sorted.length / 2
  const median =
    sorted.length === 0
      ? NaN
      : sorted.length % 2
        ? sorted[Math.floor(mid)]!
        : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, values }
}
