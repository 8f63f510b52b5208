import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runTypingBench } from './runTypingBench'

/*
 * `pnpm bench:typing [--quick]`: keystroke-to-paint latency of the editor app next to a bare Tiptap editor on
 * the KKR minute × 4, with 0 and 5 remote typists. Writes test/bench/results/typing-<time>.json.
 */
const quick = process.argv.includes('--quick')
const result = await runTypingBench({ quick, log: (line) => console.log(line) })
const dir = resolve(import.meta.dirname, '../results')
mkdirSync(dir, { recursive: true })
const file = resolve(dir, `typing-${result.date.replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`)
writeFileSync(file, JSON.stringify(result, null, 2))
const { machine, settings } = result
console.log(
  `\n${result.date.slice(0, 10)} · ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}`,
)
console.log(
  `${settings.keystrokes} keystrokes × ${settings.repeats} repeats per configuration, one every ${settings.localIntervalMs} ms; ` +
    `remote typists ${settings.typistCharsPerSecond} chars/s each`,
)
console.log(
  '\n| editor | remote typists | p50 ms | p95 ms | p50 spread | p95 spread | max ms | long tasks / 100 keys | long-task ms / 100 keys | keys (saturated repeats) |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for (const s of result.summary) {
  console.log(
    `| ${s.editor === 'app' ? 'Referat editor' : 'bare Tiptap'} | ${s.typists} | ${s.p50} | ${s.p95} | ${s.p50Spread.join('–')} | ${s.p95Spread.join('–')} | ${s.max} | ${s.longTasksPer100} | ${s.longTaskMsPer100} | ${s.keystrokes} (${s.saturatedRepeats}) |`,
  )
}
console.log(`\nResults: ${file}`)
