import { afterEach, describe, expect, it } from 'vitest'
import { connectClient } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { waitFor } from '../testing/waitFor'

let t: TestServer | undefined
afterEach(() => t?.close())

interface Listing {
  id: string
  status: string
  edited: boolean
}

const list = async (server: TestServer) =>
  ((await (await server.api('/api/meetings')).json()) as { meetings: Listing[] }).meetings

/** The `edited` flag of one meeting's own page (GET /api/meetings/:id). */
const edited = async (server: TestServer, id: string) =>
  ((await (await server.api(`/api/meetings/${id}`)).json()) as Listing).edited

async function typeInto(server: TestServer, meetingId: string, token: string) {
  const client = await connectClient(server.wsUrl, meetingId, token)
  client.doc.getMap('notes').set('x', 'skrevet')
  await waitFor(() => server.store.loadDocument(meetingId).lastSeq > 0, 5000, 'the update to be stored')
  client.destroy()
}

describe('GET /api/meetings', () => {
  it('lists newest first and marks a meeting edited only once an update is stored', async () => {
    t = await startTestServer()
    const first = await t.createMeeting()
    const second = await t.createMeeting()
    expect(await list(t)).toEqual([
      expect.objectContaining({ id: second.id, status: 'open', edited: false }),
      expect.objectContaining({ id: first.id, status: 'open', edited: false }),
    ])

    const reader = await connectClient(t.wsUrl, first.id, first.tokens.editor)
    reader.destroy()
    expect((await list(t)).map((m) => m.edited)).toEqual([false, false])

    await typeInto(t, first.id, first.tokens.editor)
    expect((await list(t)).map((m) => m.edited)).toEqual([false, true])
    expect(await edited(t, first.id)).toBe(true)
    expect(await edited(t, second.id)).toBe(false)
  })

  it('keeps a meeting edited after its log is compacted into the snapshot', async () => {
    t = await startTestServer({ compactAfterUpdates: 1 })
    const { id, tokens } = await t.createMeeting()
    await typeInto(t, id, tokens.editor)
    const store = t.store
    await waitFor(() => store.loadDocument(id).updates.length === 0, 5000, 'compaction')
    expect(await list(t)).toEqual([expect.objectContaining({ id, edited: true })])
    expect(await edited(t, id)).toBe(true)
  })

  it('shows a finalized meeting as finalized', async () => {
    t = await startTestServer()
    const { id, tokens } = await t.createMeeting()
    expect(
      (await t.api(`/api/meetings/${id}/finalize`, { method: 'POST', token: tokens.chair })).status,
    ).toBe(200)
    expect(await list(t)).toEqual([expect.objectContaining({ id, status: 'finalized', edited: true })])
  })
})
