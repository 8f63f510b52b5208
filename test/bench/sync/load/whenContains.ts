import * as Y from 'yjs'

const contains = (doc: Y.Doc, stateVector: Map<number, number>) =>
  [...stateVector].every(([client, clock]) => Y.getState(doc.store, client) >= clock)

/** Resolves once `doc` holds everything up to `stateVector`; listens for updates instead of polling. */
export function whenContains(doc: Y.Doc, stateVector: Map<number, number>, timeoutMs: number): Promise<void> {
  if (contains(doc, stateVector)) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!contains(doc, stateVector)) return
      doc.off('update', check)
      clearTimeout(timer)
      resolve()
    }
    const timer = setTimeout(() => {
      doc.off('update', check)
      reject(new Error(`A client did not receive the content within ${timeoutMs} ms.`))
    }, timeoutMs)
    doc.on('update', check)
  })
}
