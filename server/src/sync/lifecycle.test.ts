import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { signToken } from '../auth/signToken'
import { loadYDoc } from '../document/loadYDoc'
import { connectClient } from '../testing/connectClient'
import { startTestServer, TEST_SECRET, type TestServer } from '../testing/startTestServer'
import { waitFor } from '../testing/waitFor'
import { MESSAGE_SAVED } from './messageTypes'

let t: TestServer | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

const open = (url: string) =>
  new Promise<WebSocket>((resolve) => {
    const ws = new WebSocket(url)
    ws.once('open', () => resolve(ws))
  })

describe('connection lifecycle', () => {
  it('closes sockets with 1012 on shutdown', async () => {
    t = await startTestServer()
    const { id, tokens } = await t.createMeeting()
    const ws = await open(`${t.wsUrl}/${id}?token=${tokens.editor}`)
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)))
    await t.server.close()
    expect(await closed).toBe(1012)
  })

  it('closes a connection when its token expires (4401)', async () => {
    t = await startTestServer()
    const { id } = await t.createMeeting()
    const token = await signToken(new TextEncoder().encode(TEST_SECRET), {
      userId: 'u',
      name: 'U',
      role: 'editor',
      meetingId: id,
      ttlSeconds: 1,
    })
    const ws = await open(`${t.wsUrl}/${id}?token=${token}`)
    expect(await new Promise<number>((r) => ws.once('close', (code) => r(code)))).toBe(4401)
  })

  it('acknowledges stored updates only to clients that ask', async () => {
    t = await startTestServer()
    const { id, tokens } = await t.createMeeting()
    const plain = await connectClient(t.wsUrl, id, tokens.editor)
    const types: number[] = []
    plain.provider.ws!.addEventListener('message', (e) =>
      types.push(new Uint8Array(e.data as ArrayBuffer)[0]!),
    )
    const ws = await open(`${t.wsUrl}/${id}?token=${tokens.editor}&ack=1`)
    const acks: number[] = []
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data))
      if (decoding.readVarUint(decoder) === MESSAGE_SAVED) acks.push(decoding.readVarUint(decoder))
    })
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'saved')
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    encoding.writeVarUint(encoder, 2)
    encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc))
    ws.send(encoding.toUint8Array(encoder))
    await waitFor(() => acks.length === 1 && plain.doc.getText('t').length === 5)
    plain.doc.getText('t').insert(0, 'x')
    await new Promise((r) => setTimeout(r, 100))
    expect(types.every((type) => type <= 3)).toBe(true)
    expect(acks).toHaveLength(1)
    plain.destroy()
    ws.close()
  })

  it('compacts the log into the snapshot without losing updates', async () => {
    t = await startTestServer({ compactAfterUpdates: 10 })
    const { id, tokens } = await t.createMeeting()
    const a = await connectClient(t.wsUrl, id, tokens.editor)
    for (let i = 0; i < 35; i++) a.doc.getArray('n').push([i])
    await waitFor(() => loadYDoc(id, t!.store.loadDocument(id)).getArray('n').length === 35)
    const stored = t.store.loadDocument(id)
    expect(stored.updates.length).toBeLessThan(10)
    expect(loadYDoc(id, stored).getArray('n').toArray()).toEqual(a.doc.getArray('n').toArray())
    a.destroy()
  })
})
