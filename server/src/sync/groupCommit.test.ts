import Database from 'better-sqlite3'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { loadYDoc } from '../document/loadYDoc'
import { SqliteMeetingStore } from '../store/SqliteMeetingStore'
import { connectClient, type TestClient } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { waitFor } from '../testing/waitFor'

let t: TestServer | undefined
const clients: TestClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await t?.close()
  t = undefined
})

async function join(id: string, token: string): Promise<TestClient> {
  const client = await connectClient(t!.wsUrl, id, token)
  clients.push(client)
  return client
}

const updateFrame = (update: Uint8Array) => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

async function openSocket(id: string, token: string): Promise<{ ws: WebSocket; codes: number[] }> {
  const ws = new WebSocket(`${t!.wsUrl}/${id}?token=${token}`)
  const codes: number[] = []
  ws.on('close', (code) => codes.push(code))
  await new Promise((resolve) => ws.once('open', resolve))
  return { ws, codes }
}

const storedItems = (id: string) => loadYDoc(id, t!.store.loadDocument(id)).getArray<string>('n').toArray()

async function batchSizes(): Promise<{ sum: number; count: number }> {
  const metric = await t!.server.context.metrics.batchSize.get()
  const value = (name: string) => metric.values.find((v) => v.metricName === name)?.value ?? 0
  return {
    sum: value('referat_append_batch_updates_sum'),
    count: value('referat_append_batch_updates_count'),
  }
}

describe('group commit', () => {
  it('stores a burst of updates in fewer transactions and broadcasts each only once it is stored', async () => {
    t = await startTestServer()
    const { id, tokens } = await t.createMeeting()
    const writers = [
      await join(id, tokens.editor),
      await join(id, tokens.editor),
      await join(id, tokens.editor),
    ]
    const reader = await join(id, tokens.viewer)
    const unstoredWhenSeen: string[] = []
    reader.doc.getArray<string>('n').observe((event) => {
      const stored = new Set(storedItems(id))
      for (const d of event.changes.delta)
        for (const item of (d.insert as string[] | undefined) ?? [])
          if (!stored.has(item)) unstoredWhenSeen.push(item)
    })
    const before = await batchSizes()

    for (let i = 0; i < 100; i++)
      for (const [w, writer] of writers.entries()) writer.doc.getArray<string>('n').push([`w${w}-${i}`])

    await waitFor(() => reader.doc.getArray('n').length === 300, 10_000, 'the reader to see 300 items')
    const after = await batchSizes()
    expect(unstoredWhenSeen).toEqual([])
    expect(after.sum - before.sum).toBe(300)
    expect(after.count - before.count).toBeLessThan(300)
    expect(new Set(storedItems(id)).size).toBe(300)
  })

  it('closes the writers of a batch that fails with 4500, broadcasts none of it, and stores it on reconnect', async () => {
    t = await startTestServer()
    const { id, tokens } = await t.createMeeting()
    const writer = await join(id, tokens.editor)
    const reader = await join(id, tokens.viewer)
    const codes: number[] = []
    writer.provider.on('connection-close', (event: CloseEvent | null) => event && codes.push(event.code))
    const seen: string[] = []
    reader.doc.getArray<string>('n').observe(() => seen.push(...reader.doc.getArray<string>('n').toArray()))

    const other = new Database(t.dbFile)
    other.exec('DROP TABLE updates')
    writer.doc.getArray<string>('n').push(['kept by the writer'])
    await waitFor(() => codes.includes(4500), 5000, 'close code 4500')
    expect(seen).toEqual([])

    new SqliteMeetingStore({ file: t.dbFile }).close()
    other.close()
    await waitFor(() => reader.doc.getArray('n').length === 1, 5000, 'the resent update')
    expect(storedItems(id)).toEqual(['kept by the writer'])
    expect(writer.doc.getArray('n').toArray()).toEqual(['kept by the writer'])
  })

  it('keeps accepted updates waiting for their commit when a refused update resets the shadow', async () => {
    t = await startTestServer()
    const { id, tokens } = await t.createMeeting()
    const reader = await join(id, tokens.viewer)
    const [first, hostile, second] = await Promise.all([1, 2, 3].map(() => openSocket(id, tokens.editor)))
    const a = new Y.Doc()
    a.getArray<string>('n').push(['a'])
    const b = new Y.Doc()
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    const before = Y.encodeStateVector(b)
    b.getArray<string>('n').push(['b, after a'])
    const forbidden = new Y.Doc()
    forbidden.getMap('approvals').set('x', { by: 'not the chair' })

    // Sent in one go, so the server reads all three in one turn, before the first is committed.
    first!.ws.send(updateFrame(Y.encodeStateAsUpdate(a)))
    hostile!.ws.send(updateFrame(Y.encodeStateAsUpdate(forbidden)))
    second!.ws.send(updateFrame(Y.encodeStateAsUpdate(b, before)))

    await waitFor(() => reader.doc.getArray('n').length === 2, 5000, 'both accepted updates')
    expect(reader.doc.getArray('n').toArray()).toEqual(['a', 'b, after a'])
    expect(storedItems(id)).toEqual(['a', 'b, after a'])
    await waitFor(() => hostile!.codes.length === 1)
    expect(hostile!.codes).toEqual([4403])
    expect([first!.codes, second!.codes]).toEqual([[], []])
    for (const socket of [first, hostile, second]) socket!.ws.close()
  })
})
