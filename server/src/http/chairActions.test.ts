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

interface SummaryItem {
  decisionText: string
  decisionFingerprint: string
  approved: boolean
  approvalVoid: boolean
}

/** The first paragraph of the first decision section, found in the Yjs XML tree the editor binding writes. */
function decisionParagraph(doc: Y.Doc): Y.XmlElement {
  const sections = doc
    .getXmlFragment('default')
    .createTreeWalker((n) => n instanceof Y.XmlElement && n.nodeName === 'section')
  for (const section of sections) {
    const element = section as Y.XmlElement
    if (element.getAttribute('kind') !== 'beslutning') continue
    const paragraph = element.get(0)
    if (paragraph instanceof Y.XmlElement) return paragraph
  }
  throw new Error('The document has no decision paragraph.')
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

  it('stores the decision fingerprint with an approval, which becomes void when the decision changes', async () => {
    const { id, tokens } = await t.createMeeting()
    const editor = await connectClient(t.wsUrl, id, tokens.editor)
    clients.push(editor)
    const itemId = await firstItemId(id, tokens.chair)
    const decision = decisionParagraph(editor.doc)
    decision.insert(0, [new Y.XmlText('Dagsordenen blev godkendt.')])
    const summary = async () =>
      ((await (await t.api(`/api/meetings/${id}`)).json()) as { items: SummaryItem[] }).items[0]!
    await waitFor(
      async () => (await summary()).decisionText === 'Dagsordenen blev godkendt.',
      2000,
      'the text',
    )
    const approve = await t.api(`/api/meetings/${id}/items/${itemId}/approve`, {
      method: 'POST',
      token: tokens.chair,
    })
    const before = await summary()
    expect(((await approve.json()) as { fingerprint: string }).fingerprint).toBe(before.decisionFingerprint)
    expect([before.approved, before.approvalVoid]).toEqual([true, false])
    await waitFor(() => approvalsOf(editor.doc).has(itemId), 2000, 'the approval reaching the client')
    ;(decision.get(0) as Y.XmlText).insert(0, 'Ikke: ')
    await waitFor(async () => (await summary()).approvalVoid, 2000, 'the approval to become void')
    const after = await summary()
    expect([after.approved, after.approvalVoid]).toEqual([false, true])
    expect(after.decisionFingerprint).not.toBe(before.decisionFingerprint)
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
