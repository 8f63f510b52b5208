import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import type { Limits } from '../config/ServerOptions'
import { startTestServer, type TestServer } from '../testing/startTestServer'

let t: TestServer | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

const open = (url: string) =>
  new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url)
    ws.once('open', () => resolve(ws))
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
  })
const closeCode = (ws: WebSocket) => new Promise<number>((r) => ws.once('close', (code) => r(code)))

function updateFrame(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc))
  return encoding.toUint8Array(encoder)
}

const closesCounted = async (code: number, reason: string) => {
  const text = await (await fetch(`${t!.url}/metrics`)).text()
  return new RegExp(`^referat_closes_total\\{code="${code}",reason="${reason}"\\} (\\d+)$`, 'm').exec(
    text,
  )?.[1]
}

async function meetingUrl(limits: Partial<Limits>) {
  t = await startTestServer({ limits })
  const { id, tokens } = await t.createMeeting()
  return `${t.wsUrl}/${id}?token=${tokens.editor}`
}

describe('limits', () => {
  it('closes a connection whose frame is too large with 1009', async () => {
    const ws = await open(await meetingUrl({ maxFrameBytes: 1024 }))
    const closed = closeCode(ws)
    ws.send(updateFrame('x'.repeat(2000)))
    expect(await closed).toBe(1009)
    expect(await closesCounted(1009, 'frameTooLarge')).toBe('1')
  })

  it('closes a connection sending too many messages with 4529', async () => {
    const ws = await open(await meetingUrl({ maxMessagesPerSecond: 20 }))
    const closed = closeCode(ws)
    for (let i = 0; i < 50; i++) ws.send(Uint8Array.of(3))
    expect(await closed).toBe(4529)
    expect(await closesCounted(4529, 'rateLimited')).toBe('1')
  })

  it('refuses an update past the document size with 4413 and stores nothing', async () => {
    const url = await meetingUrl({ maxDocumentBytes: 4096 })
    const id = /collab\/([^?]+)/.exec(url)![1]!
    const ws = await open(url)
    const closed = closeCode(ws)
    ws.send(updateFrame('y'.repeat(5000)))
    expect(await closed).toBe(4413)
    expect(await closesCounted(4413, 'tooLarge')).toBe('1')
    expect(t!.store.loadDocument(id).updates).toHaveLength(0)
  })

  it('answers 429 past the connections per meeting, and per address', async () => {
    const url = await meetingUrl({ maxConnectionsPerMeeting: 2 })
    const sockets = [await open(url), await open(url)]
    await expect(open(url)).rejects.toThrow('HTTP 429')
    sockets.forEach((ws) => ws.close())
    await t!.close()
    const perIp = await meetingUrl({ maxConnectionsPerIp: 1 })
    const one = await open(perIp)
    await expect(open(perIp)).rejects.toThrow('HTTP 429')
    one.close()
  })
})

describe('slow clients', () => {
  it('closes a client that stops reading (4503) instead of dropping its updates', async () => {
    const url = await meetingUrl({ maxBufferedBytes: 256 * 1024 })
    const slow = await open(url)
    ;(slow as unknown as { _socket: { pause(): void } })._socket.pause()
    const writer = await open(url)
    for (let i = 0; i < 200; i++) {
      writer.send(updateFrame(`${i}`.padEnd(100_000, 'z')))
      await new Promise((r) => setTimeout(r, 5))
      if (
        (await t!.server.context.metrics.rejected.get()).values.some((v) => v.labels.reason === 'slowClient')
      )
        break
    }
    const rejected = (await t!.server.context.metrics.rejected.get()).values
    expect(rejected.find((v) => v.labels.reason === 'slowClient')?.value).toBe(1)
    expect(writer.readyState).toBe(WebSocket.OPEN)
    const openCount = async () => (await t!.server.context.metrics.connections.get()).values[0]?.value
    for (let i = 0; i < 100 && (await openCount()) !== 1; i++) await new Promise((r) => setTimeout(r, 20))
    expect(await openCount()).toBe(1)
    writer.close()
    slow.terminate()
  })
})
