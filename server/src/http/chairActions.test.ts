import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { approvalsOf, isFinalized } from '../document/serverOwned'
import { connectClient, type TestClient } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { waitFor } from '../testing/waitFor'

let t: TestServer
const clients: TestClient[] = []
beforeEach(async () => {
  t = await startTestServer()
})
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  await t.close()
})

async function firstItemId(id: string, token: string): Promise<string> {
  const res = await t.api(`/api/meetings/${id}`, { token })
  const body = (await res.json()) as { items: { id: string; title: string }[] }
  return body.items[0]!.id
}

function rawUpdateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

describe('chair actions', () => {
  it('lists the items and refuses approval by a non-chair', async () => {
    const { id, tokens } = await t.createMeeting()
    const itemId = await firstItemId(id, tokens.viewer)
    for (const token of [tokens.editor, tokens.viewer]) {
      const res = await t.api(`/api/meetings/${id}/items/${itemId}/approve`, { method: 'POST', token })
      expect(res.status).toBe(403)
    }
    const ok = await t.api(`/api/meetings/${id}/items/${itemId}/approve`, {
      method: 'POST',
      token: tokens.chair,
    })
    expect(ok.status).toBe(200)
    const summary = (await (await t.api(`/api/meetings/${id}`)).json()) as { items: { approved: boolean }[] }
    expect(summary.items[0]!.approved).toBe(true)
  })

  it('refuses a client update that touches the server-owned approvals, closing only that client', async () => {
    const { id, tokens } = await t.createMeeting()
    const editor = await connectClient(t.wsUrl, id, tokens.editor)
    clients.push(editor)
    const forged = new Y.Doc()
    approvalsOf(forged).set('x', { by: 'me' })
    const ws = new WebSocket(`${t.wsUrl}/${id}?token=${tokens.editor}`)
    await new Promise((r) => ws.once('open', r))
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)))
    ws.send(rawUpdateFrame(Y.encodeStateAsUpdate(forged)))
    expect(await closed).toBe(4403)
    expect(approvalsOf(editor.doc).size).toBe(0)
    expect(editor.provider.wsconnected).toBe(true)
  })

  it('finalize makes the meeting read-only for everyone', async () => {
    const { id, tokens } = await t.createMeeting()
    const editor = await connectClient(t.wsUrl, id, tokens.editor)
    clients.push(editor)
    expect(
      (await t.api(`/api/meetings/${id}/finalize`, { method: 'POST', token: tokens.editor })).status,
    ).toBe(403)
    const res = await t.api(`/api/meetings/${id}/finalize`, { method: 'POST', token: tokens.chair })
    expect(res.status).toBe(200)
    await waitFor(() => isFinalized(editor.doc), 2000, 'finalized flag reaching the client')
    const stored = t.store.loadDocument(id).updates.length
    editor.doc.getText('late').insert(0, 'too late')
    await new Promise((r) => setTimeout(r, 200))
    expect(t.store.loadDocument(id).updates.length).toBe(stored)
    const itemId = await firstItemId(id, tokens.chair)
    const approve = await t.api(`/api/meetings/${id}/items/${itemId}/approve`, {
      method: 'POST',
      token: tokens.chair,
    })
    expect(approve.status).toBe(409)
    expect(t.store.getMeeting(id)?.status).toBe('finalized')
  })

  it('re-opening is a recorded chair action after which editors write again', async () => {
    const { id, tokens } = await t.createMeeting()
    const editor = await connectClient(t.wsUrl, id, tokens.editor)
    clients.push(editor)
    const post = (action: string, token: string) =>
      t.api(`/api/meetings/${id}/${action}`, { method: 'POST', token })
    expect((await post('reopen', tokens.chair)).status).toBe(409)
    expect((await post('finalize', tokens.chair)).status).toBe(200)
    expect((await post('reopen', tokens.editor)).status).toBe(403)
    expect((await post('reopen', tokens.chair)).status).toBe(200)
    await waitFor(
      () => editor.doc.getMap('meta').get('finalized') === false,
      2000,
      'reopen reaching the client',
    )
    const history = editor.doc.getMap('meta').get('history') as { action: string; by: string }[]
    expect(history.map((e) => [e.action, e.by])).toEqual([
      ['finalize', 'chair'],
      ['reopen', 'chair'],
    ])
    const stored = t.store.loadDocument(id).updates.length
    editor.doc.getText('again').insert(0, 'writable')
    await waitFor(() => t.store.loadDocument(id).updates.length === stored + 1, 2000, 'the edit to be stored')
    expect(t.store.getMeeting(id)?.status).toBe('open')
  })
})
