import type { Writer } from './Writer'

const TICK_MS = 5

/** Every writer types `perSecond` keystrokes a second (random phase) until stopped; returns keystrokes sent. */
export function startTyping(writers: Writer[], perSecond: number): { stop(): number } {
  const start = performance.now()
  const phase = writers.map(() => Math.random())
  const sent = writers.map(() => 0)
  const tick = () => {
    const elapsed = (performance.now() - start) / 1000
    writers.forEach((writer, i) => {
      const due = Math.floor(elapsed * perSecond + phase[i]!)
      while (sent[i]! < due) {
        writer.keystroke()
        sent[i]!++
      }
    })
  }
  const timer = setInterval(tick, TICK_MS)
  return {
    stop() {
      clearInterval(timer)
      return sent.reduce((a, b) => a + b, 0)
    },
  }
}
