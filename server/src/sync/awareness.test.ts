import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { Role } from '../auth/TokenClaims'
import { connectClient, type TestClient } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { waitFor } from '../testing/waitFor'

let t: TestServer
let id: string
const clients: TestClient[] = []
const sockets: WebSocket[] = []
beforeEach(async () => {
  t = await startTestServer()
  id = (await t.createMeeting()).id
})
afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy())
  sockets.splice(0).forEach((ws) => ws.terminate())
  await t.close()
})

async function tokenFor(userId: string, name: string, role: Role): Promise<string> {
  const res = await t.api(`/api/meetings/${id}/tokens`, {
    method: 'POST',
    body: JSON.stringify({ userId, name, role }),
  })
  return ((await res.json()) as { token: string }).token
}

async function client(token: string): Promise<TestClient> {
  const c = await connectClient(t.wsUrl, id, token)
  clients.push(c)
  return c
}

/** A raw socket that sends hand-made awareness frames (what a hostile client can do). */
async function rawSocket(token: string): Promise<WebSocket> {
  const ws = new WebSocket(`${t.wsUrl}/${id}?token=${token}`)
  sockets.push(ws)
  await new Promise((r) => ws.once('open', r))
  return ws
}

function awarenessFrame(entries: { clientID: number; clock: number; state: unknown }[]): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, entries.length)
  for (const { clientID, clock, state } of entries) {
    encoding.writeVarUint(update, clientID)
    encoding.writeVarUint(update, clock)
    encoding.writeVarString(update, JSON.stringify(state))
  }
  const frame = encoding.createEncoder()
  encoding.writeVarUint(frame, 1)
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update))
  return encoding.toUint8Array(frame)
}

const stateOf = (c: TestClient, clientID: number) =>
  c.provider.awareness.getStates().get(clientID) as { user?: Record<string, unknown> } | undefined

describe('awareness', () => {
  it.each<Role>(['editor', 'viewer'])(
    'shows the token’s user id and name, whatever a(n) %s claims',
    async (role) => {
      const spoofer = await client(await tokenFor('anna', 'Anna Jensen', role))
      const watcher = await client(await tokenFor('bo', 'Bo Hansen', 'editor'))
      spoofer.provider.awareness.setLocalState({
        user: { id: 'chair', name: 'Formanden', color: '#ff0000' },
        itemId: 'item-2',
      })
      const me = spoofer.doc.clientID
      await waitFor(() => stateOf(watcher, me)?.user !== undefined, 5000, 'spoofer presence')
      expect(stateOf(watcher, me)).toEqual({
        user: { id: 'anna', name: 'Anna Jensen', color: '#ff0000' },
        itemId: 'item-2',
      })
    },
  )

  it('does not let a connection overwrite or remove another connection’s state', async () => {
    const anna = await client(await tokenFor('anna', 'Anna Jensen', 'editor'))
    const watcher = await client(await tokenFor('bo', 'Bo Hansen', 'editor'))
    anna.provider.awareness.setLocalStateField('user', { color: '#00ff00' })
    const victim = anna.doc.clientID
    await waitFor(() => stateOf(watcher, victim)?.user !== undefined, 5000, 'anna presence')
    const before = stateOf(watcher, victim)
    const hostile = await rawSocket(await tokenFor('eve', 'Eve', 'editor'))
    const own = 424242
    hostile.send(awarenessFrame([{ clientID: victim, clock: 1000, state: { user: { color: '#000' } } }]))
    hostile.send(awarenessFrame([{ clientID: victim, clock: 1001, state: null }]))
    hostile.send(awarenessFrame([{ clientID: own, clock: 1, state: { user: { name: 'Anna Jensen' } } }]))
    // Frames of one socket are handled in order: once Eve's own state arrives, the others were handled.
    await waitFor(() => stateOf(watcher, own) !== undefined, 5000, 'eve presence')
    expect(stateOf(watcher, own)?.user).toEqual({ id: 'eve', name: 'Eve' })
    expect(stateOf(watcher, victim)).toEqual(before)
    expect(hostile.readyState).toBe(WebSocket.OPEN)
    const rejected = (await t.server.context.metrics.rejected.get()).values
    expect(rejected.find((v) => v.labels.reason === 'awareness')?.value).toBe(2)
  })

  it('drops client ids past the per-connection cap and states past the byte cap', async () => {
    const watcher = await client(await tokenFor('bo', 'Bo Hansen', 'editor'))
    const hostile = await rawSocket(await tokenFor('eve', 'Eve', 'viewer'))
    const { maxAwarenessIdsPerConnection: maxIds, maxAwarenessStateBytes } = t.server.limits
    hostile.send(
      awarenessFrame([
        { clientID: 5000, clock: 1, state: { user: {}, pad: 'x'.repeat(maxAwarenessStateBytes) } },
        ...Array.from({ length: maxIds + 3 }, (_, i) => ({ clientID: 6000 + i, clock: 1, state: { i } })),
      ]),
    )
    const accepted = Array.from({ length: maxIds }, (_, i) => 6000 + i)
    await waitFor(() => accepted.every((n) => stateOf(watcher, n)), 5000, 'accepted ids')
    hostile.send(awarenessFrame([{ clientID: 6000, clock: 2, state: { i: 'last' } }]))
    await waitFor(() => (stateOf(watcher, 6000) as { i?: unknown }).i === 'last', 5000, 'last frame')
    const seen = [...watcher.provider.awareness.getStates().keys()].filter((n) => n >= 5000 && n < 7000)
    expect(seen.sort()).toEqual(accepted)
    expect(hostile.readyState).toBe(WebSocket.OPEN)
  })

  it('removes a connection’s states when it closes, and frees its ids for a reconnect', async () => {
    const watcher = await client(await tokenFor('bo', 'Bo Hansen', 'editor'))
    const first = await rawSocket(await tokenFor('eve', 'Eve', 'editor'))
    first.send(awarenessFrame([{ clientID: 7000, clock: 1, state: { user: {} } }]))
    await waitFor(() => stateOf(watcher, 7000) !== undefined, 5000, 'first presence')
    first.close()
    await waitFor(() => stateOf(watcher, 7000) === undefined, 5000, 'removal on close')
    const second = await rawSocket(await tokenFor('eve', 'Eve', 'editor'))
    second.send(awarenessFrame([{ clientID: 7000, clock: 5, state: { user: {}, back: true } }]))
    await waitFor(() => stateOf(watcher, 7000) !== undefined, 5000, 'presence after reconnect')
    expect(stateOf(watcher, 7000)).toEqual({ user: { id: 'eve', name: 'Eve' }, back: true })
  })
})
