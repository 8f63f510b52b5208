import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { connectClient, type TestClient } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { waitFor } from '../testing/waitFor'
import { loadYDoc } from '../document/loadYDoc'

let t: TestServer
const clients: TestClient[] = []

beforeEach(async () => {
  t = await startTestServer()
})
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  await t.close()
})

async function client(meetingId: string, token: string) {
  const c = await connectClient(t.wsUrl, meetingId, token)
  clients.push(c)
  return c
}

const metric = async (name: string) => {
  const text = await (await fetch(`${t.url}/metrics`)).text()
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1])
}

describe('sync', () => {
  it('seeds the meeting on the server and two editors converge', async () => {
    const { id, tokens } = await t.createMeeting()
    const a = await client(id, tokens.editor)
    const b = await client(id, tokens.chair)
    expect(a.doc.getXmlFragment('default').length).toBe(3)
    a.doc.getText('t').insert(0, 'hello ')
    b.doc.getText('t').insert(0, 'world ')
    await waitFor(() => a.doc.getText('t').length === 12 && b.doc.getText('t').length === 12)
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString())
    const stored = loadYDoc(id, t.store.loadDocument(id))
    expect(stored.getText('t').toString()).toBe(a.doc.getText('t').toString())
  })

  it("drops a viewer's raw update: it reaches neither the store nor other clients", async () => {
    const { id, tokens } = await t.createMeeting()
    const editor = await client(id, tokens.editor)
    const before = t.store.loadDocument(id)
    const forged = new Y.Doc()
    forged.getText('t').insert(0, 'forged')
    const ws = new WebSocket(`${t.wsUrl}/${id}?token=${tokens.viewer}`)
    const received: Buffer[] = []
    ws.on('message', (data: Buffer) => received.push(data))
    await new Promise((r) => ws.once('open', r))
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    encoding.writeVarUint(encoder, 2)
    encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(forged))
    ws.send(encoding.toUint8Array(encoder))
    await waitFor(() => received.some((m) => m[0] === 2), 2000, 'permission denied message')
    editor.doc.getText('x').insert(0, 'later')
    await waitFor(() => t.store.loadDocument(id).updates.length === before.updates.length + 1)
    expect(editor.doc.getText('t').toString()).toBe('')
    expect(loadYDoc(id, t.store.loadDocument(id)).getText('t').toString()).toBe('')
    ws.close()
  })

  it('unloads a meeting after its last client leaves; loaded-meetings returns to 0', async () => {
    const { id, tokens } = await t.createMeeting()
    const a = await client(id, tokens.editor)
    a.provider.awareness.setLocalStateField('user', { name: 'A' })
    expect(await metric('referat_meetings_loaded')).toBe(1)
    clients.splice(0).forEach((c) => c.destroy())
    await waitFor(() => t.server.context.registry.size === 0, 3000, 'unload')
    expect(await metric('referat_meetings_loaded')).toBe(0)
    expect(await metric('referat_connections')).toBe(0)
  })
})
