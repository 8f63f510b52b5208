import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { connectClient, type TestClient } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'

let t: TestServer
let honest: TestClient
let id: string
let editorToken: string
beforeEach(async () => {
  t = await startTestServer()
  const meeting = await t.createMeeting()
  id = meeting.id
  editorToken = meeting.tokens.editor
  honest = await connectClient(t.wsUrl, id, editorToken)
})
afterEach(async () => {
  honest.destroy()
  await t.close()
})

const updateFrame = (update: Uint8Array) => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

async function sendAndClose(frame: Uint8Array): Promise<number> {
  const ws = new WebSocket(`${t.wsUrl}/${id}?token=${editorToken}`)
  await new Promise((r) => ws.once('open', r))
  const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)))
  ws.send(frame)
  return closed
}

describe('hostile updates from an authenticated editor', () => {
  const source = new Y.Doc()
  source.getText('t').insert(0, 'first')
  const first = Y.encodeStateAsUpdate(source)
  const sv = Y.encodeStateVector(source)
  source.getText('t').insert(5, ' second')
  const second = Y.encodeStateAsUpdate(source, sv)

  it.each([
    ['an update whose dependencies never arrived', updateFrame(second), 4509],
    ['a truncated update', updateFrame(first.subarray(0, first.length - 3)), 4400],
    ['a length prefix larger than the frame', Uint8Array.of(0, 2, 0xff, 0xff, 0xff, 0x7f, 1, 2), 4400],
  ])('%s closes only that connection and changes nothing', async (_name, frame, code) => {
    const stored = JSON.stringify(t.store.loadDocument(id))
    const live = Y.encodeStateAsUpdate(honest.doc)
    expect(await sendAndClose(frame)).toBe(code)
    expect(JSON.stringify(t.store.loadDocument(id))).toBe(stored)
    expect(Y.encodeStateAsUpdate(honest.doc)).toEqual(live)
    honest.doc.getText('t').insert(0, 'still fine')
    const check = await connectClient(t.wsUrl, id, editorToken)
    expect(check.doc.getText('t').toString()).toBe('still fine')
    expect(honest.provider.wsconnected).toBe(true)
    check.destroy()
  })
})
