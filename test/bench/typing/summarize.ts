import { percentile } from './percentile'

interface Phase {
  editor: string
  typists: number
  latencies: number[]
  longTasks: number[]
  p50: number
  p95: number
  saturated: boolean
}

export interface ConfigSummary {
  editor: string
  typists: number
  keystrokes: number
  /** Repeats that fell behind and stopped at the time budget. */
  saturatedRepeats: number
  /** Median over the repeats of each repeat's p50 / p95, in ms; [min, max] over the repeats. */
  p50: number
  p95: number
  p50Spread: [number, number]
  p95Spread: [number, number]
  max: number
  /** Long tasks per 100 keystrokes and their total length per 100 keystrokes (ms), median over the repeats. */
  longTasksPer100: number
  longTaskMsPer100: number
}

const round = (ms: number) => Math.round(ms * 10) / 10

/** One row per editor × typist count, from its repeats. */
export function summarize(phases: Phase[]): ConfigSummary[] {
  const keys = [...new Set(phases.map((p) => `${p.editor}:${p.typists}`))]
  return keys.map((key) => {
    const runs = phases.filter((p) => `${p.editor}:${p.typists}` === key)
    const of = (pick: (p: Phase) => number) => runs.map(pick)
    const spread = (values: number[]): [number, number] => [
      round(Math.min(...values)),
      round(Math.max(...values)),
    ]
    const per100 = (p: Phase, n: number) => (100 * n) / Math.max(1, p.latencies.length)
    return {
      editor: runs[0]?.editor ?? '',
      typists: runs[0]?.typists ?? 0,
      keystrokes: runs.reduce((n, p) => n + p.latencies.length, 0),
      saturatedRepeats: runs.filter((p) => p.saturated).length,
      p50: round(
        percentile(
          of((p) => p.p50),
          0.5,
        ),
      ),
      p95: round(
        percentile(
          of((p) => p.p95),
          0.5,
        ),
      ),
      p50Spread: spread(of((p) => p.p50)),
      p95Spread: spread(of((p) => p.p95)),
      max: round(Math.max(...runs.flatMap((p) => p.latencies))),
      longTasksPer100: round(
        percentile(
          of((p) => per100(p, p.longTasks.length)),
          0.5,
        ),
      ),
      longTaskMsPer100: round(
        percentile(
          of((p) =>
            per100(
              p,
              p.longTasks.reduce((a, b) => a + b, 0),
            ),
          ),
          0.5,
        ),
      ),
    }
  })
}
