/**
 * Installed in the page (as source text, so the bundler's helpers do not leak into it). For each key typed
 * while measuring: from the keydown event's timeStamp to the first frame whose rAF sees the character in the
 * block at the caret, plus one MessageChannel tick (that frame painted). Long tasks are counted alongside.
 * `settle` waits until ten frames in a row come within 50 ms, so a backlog does not leak into the next phase.
 */
export const PAGE_PROBE = `(() => {
  const probe = { latencies: [], longTasks: [], measuring: false, base: 0, typed: 0 }
  window.__typingProbe = probe
  try {
    new PerformanceObserver((list) => {
      if (probe.measuring) for (const entry of list.getEntries()) probe.longTasks.push(entry.duration)
    }).observe({ type: 'longtask' })
  } catch {}
  const blockAtCaret = () => {
    const node = getSelection()?.anchorNode
    const element = node && (node.nodeType === 1 ? node : node.parentElement)
    return element?.closest('p, h1, h2, h3, h4, li')
  }
  addEventListener('keydown', (event) => {
    if (!probe.measuring || event.key.length !== 1) return
    const start = event.timeStamp
    const expected = probe.base + ++probe.typed
    const check = () => {
      if ((blockAtCaret()?.textContent.length ?? 0) < expected) return requestAnimationFrame(check)
      const { port1, port2 } = new MessageChannel()
      port1.onmessage = () => {
        probe.latencies.push(performance.now() - start)
        if (probe.waiter && probe.latencies.length >= probe.waiter.count) probe.waiter.resolve(true)
      }
      port2.postMessage(0)
    }
    requestAnimationFrame(check)
  }, true)
  probe.begin = () => {
    Object.assign(probe, { latencies: [], longTasks: [], typed: 0, measuring: true })
    probe.base = blockAtCaret()?.textContent.length ?? 0
  }
  probe.waitFor = (count, timeoutMs) => new Promise((resolve) => {
    if (probe.latencies.length >= count) return resolve(true)
    const timer = setTimeout(() => resolve(false), timeoutMs)
    probe.waiter = { count, resolve: (value) => { clearTimeout(timer); probe.waiter = null; resolve(value) } }
  })
  probe.settle = async (budgetMs) => {
    const until = performance.now() + budgetMs
    let quiet = 0
    while (quiet < 10 && performance.now() < until) {
      const start = performance.now()
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
      quiet = performance.now() - start < 50 ? quiet + 1 : 0
    }
    return quiet >= 10
  }
  probe.end = () => {
    probe.measuring = false
    return { latencies: probe.latencies, longTasks: probe.longTasks }
  }
})()`
