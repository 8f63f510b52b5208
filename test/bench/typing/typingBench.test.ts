import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { KKR_FIXTURE } from './kkrTimesFour'
import { runTypingBench } from './runTypingBench'

describe('typing latency benchmark (quick mode)', () => {
  it('measures keystroke-to-paint latency in the app and in bare Tiptap, with 0 and 5 remote typists', async () => {
    if (!existsSync(KKR_FIXTURE))
      throw new Error(`Fixture missing: ${KKR_FIXTURE} (the benchmark reads ../shared/fixtures).`)
    const result = await runTypingBench({ quick: true, log: (line) => console.log(line) })
    expect(result.document.paragraphs).toBeGreaterThan(1000)
    expect(result.summary.map((s) => `${s.editor}:${s.typists}`).sort()).toEqual([
      'app:0',
      'app:5',
      'bare:0',
      'bare:5',
    ])
    for (const phase of result.phases) {
      expect(phase.latencies.length, `${phase.editor} with ${phase.typists} typists`).toBeGreaterThan(0)
      expect(phase.latencies.every((ms) => Number.isFinite(ms) && ms > 0)).toBe(true)
    }
  }, 240_000)
})
