import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { connectClient } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { waitFor } from '../testing/waitFor'

let t: TestServer
beforeEach(async () => {
  t = await startTestServer()
})
afterEach(() => t.close())

function refusal(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url)
    ws.on('unexpected-response', (_req, res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    ws.on('open', () => reject(new Error('a socket opened on a corrupt meeting')))
    ws.on('error', () => {})
  })
}

const rows = (file: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return (
      JSON.stringify(db.prepare('SELECT seq, hex(data), hex(digest) FROM updates ORDER BY seq').all()) +
      JSON.stringify(db.prepare('SELECT seq, hex(data) FROM snapshots').all())
    )
  } finally {
    db.close()
  }
}

describe('a failed load', () => {
  it('refuses the connection and leaves the stored bytes identical', async () => {
    const { id, tokens } = await t.createMeeting()
    const editor = await connectClient(t.wsUrl, id, tokens.editor)
    for (let i = 0; i < 5; i++) editor.doc.getText('t').insert(0, `edit ${i} `)
    await waitFor(() => t.store.loadDocument(id).updates.length === 5)
    editor.destroy()
    await waitFor(() => t.server.context.registry.size === 0)
    const db = new Database(t.dbFile)
    db.prepare(
      "UPDATE updates SET data = substr(data, 1, 3) || x'ff' || substr(data, 5) WHERE seq = (SELECT min(seq) + 2 FROM updates)",
    ).run()
    db.close()
    const before = rows(t.dbFile)

    const refused = await refusal(`${t.wsUrl}/${id}?token=${tokens.editor}`)
    expect(refused.status).toBe(500)
    expect(refused.body).toMatch(/could not be loaded.*checksum/)
    const api = await t.api(`/api/meetings/${id}`)
    expect(api.status).toBe(500)
    expect(((await api.json()) as { error: string }).error).toMatch(/could not be loaded/)

    expect(rows(t.dbFile)).toBe(before)
    expect(t.server.context.registry.size).toBe(0)
  })
})
