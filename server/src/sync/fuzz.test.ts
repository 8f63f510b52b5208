import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { loadYDoc } from '../document/loadYDoc'
import { connectClient } from '../testing/connectClient'
import { malformedFrames } from '../testing/malformedFrames'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { waitFor } from '../testing/waitFor'

const FRAMES = Number(process.env.REFERAT_FUZZ_FRAMES ?? 10_000)
const PARALLEL = 64

let t: TestServer
beforeAll(async () => {
  t = await startTestServer({ limits: { maxConnectionsPerIp: 500, maxConnectionsPerMeeting: 500 } })
})
afterAll(() => t.close())

/** Opens a socket, sends one frame, resolves with the close code (0 if the server kept it open). */
function sendOne(url: string, data: Uint8Array | string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url)
    let timer: NodeJS.Timeout | undefined
    ws.on('open', () => {
      ws.send(data)
      timer = setTimeout(() => {
        resolve(0)
        ws.terminate()
      }, 300)
    })
    ws.on('close', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
    ws.on('error', () => {})
  })
}

describe('fuzz', () => {
  it(`survives ${FRAMES} malformed frames while two honest clients edit`, { timeout: 170_000 }, async () => {
    const { id, tokens } = await t.createMeeting()
    const a = await connectClient(t.wsUrl, id, tokens.editor)
    const b = await connectClient(t.wsUrl, id, tokens.chair)
    let drops = 0
    for (const c of [a, b]) c.provider.on('connection-close', () => drops++)
    const pushed: string[] = []
    let n = 0
    const editing = setInterval(() => {
      for (const [name, c] of [
        ['a', a],
        ['b', b],
      ] as const) {
        const value = `${name}${n++}`
        c.doc.getArray<string>('honest').push([value])
        pushed.push(value)
      }
    }, 20)

    const next = malformedFrames(20261126)
    const codes = new Map<string, Map<number, number>>()
    const url = `${t.wsUrl}/${id}?token=${tokens.editor}`
    let sent = 0
    const started = Date.now()
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (sent < FRAMES) {
          sent++
          const { kind, data } = next()
          const code = await sendOne(url, data)
          const byKind = codes.get(kind) ?? new Map<number, number>()
          byKind.set(code, (byKind.get(code) ?? 0) + 1)
          codes.set(kind, byKind)
        }
      }),
    )
    clearInterval(editing)
    const seconds = (Date.now() - started) / 1000

    await waitFor(() => a.doc.getArray('honest').length === pushed.length, 10_000, 'a to converge')
    await waitFor(() => b.doc.getArray('honest').length === pushed.length, 10_000, 'b to converge')
    expect(drops).toBe(0)
    expect(new Set(a.doc.getArray<string>('honest').toArray())).toEqual(new Set(pushed))
    expect(a.doc.getArray('honest').toArray()).toEqual(b.doc.getArray('honest').toArray())
    const stored = loadYDoc(id, t.store.loadDocument(id))
    expect(stored.getArray('honest').toArray()).toEqual(a.doc.getArray('honest').toArray())
    expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(a.doc))
    const summary = Object.fromEntries([...codes].map(([k, m]) => [k, Object.fromEntries(m)]))
    console.log(`fuzz: ${sent} frames in ${seconds.toFixed(1)} s, honest updates ${pushed.length}`, summary)
    a.destroy()
    b.destroy()
  })
})
