import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { loadYDoc } from '../document/loadYDoc'
import { connectClient, type TestClient } from '../testing/connectClient'
import { freePort } from '../testing/freePort'
import { spawnServer, type ChildServer } from '../testing/spawnServer'
import { TEST_ADMIN_KEY, TEST_SECRET } from '../testing/startTestServer'
import { waitFor } from '../testing/waitFor'
import { SqliteMeetingStore } from './SqliteMeetingStore'

const CLIENTS = 5
const MIN_UPDATES = 2_000
const KILLS = 5

const dir = mkdtempSync(join(tmpdir(), 'referat-kill9-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('kill -9', () => {
  it('keeps every update any client saw broadcast', { timeout: 120_000 }, async () => {
    const port = await freePort()
    const args = [
      '--data-dir',
      dir,
      '--secret',
      TEST_SECRET,
      '--admin-key',
      TEST_ADMIN_KEY,
      '--log-level',
      'warn',
    ]
    let server: ChildServer = await spawnServer(port, args)
    const res = await fetch(`http://127.0.0.1:${port}/api/meetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'kill -9' }),
    })
    const { id, tokens } = (await res.json()) as { id: string; tokens: { editor: string } }
    const wsUrl = `ws://127.0.0.1:${port}/collab`

    const clients: TestClient[] = []
    const seen = new Set<string>()
    for (let i = 0; i < CLIENTS; i++) {
      const client = await connectClient(wsUrl, id, tokens.editor)
      client.doc.getArray<string>('log').observe((event) => {
        if (event.transaction.origin !== client.provider) return
        for (const d of event.changes.delta)
          for (const v of (d.insert as string[] | undefined) ?? []) seen.add(v)
      })
      clients.push(client)
    }
    let sent = 0
    const editing = setInterval(() => {
      for (const [i, c] of clients.entries()) c.doc.getArray<string>('log').push([`c${i}-${sent++}`])
    }, 30)

    let kills = 0
    while (kills < KILLS || sent < MIN_UPDATES) {
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 900))
      server.child.kill('SIGKILL')
      await server.exited
      kills++
      server = await spawnServer(port, args)
    }
    clearInterval(editing)
    const all = (c: TestClient) => (c.doc.getArray('log') as Y.Array<string>).length
    await waitFor(
      () => clients.every((c) => c.provider.synced && all(c) === sent),
      30_000,
      'clients to converge',
    )
    for (const c of clients) c.destroy()
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)

    const store = new SqliteMeetingStore({ file: join(dir, 'referat.sqlite') })
    const stored = new Set(loadYDoc(id, store.loadDocument(id)).getArray<string>('log').toArray())
    store.close()
    const missing = [...seen].filter((v) => !stored.has(v))
    console.log(
      `kill -9: ${kills} kills, ${sent} updates sent, ${seen.size} seen broadcast, ${stored.size} stored`,
    )
    expect(missing).toEqual([])
    expect(seen.size).toBeGreaterThan(MIN_UPDATES / 2)
    expect(stored.size).toBe(sent)
  })
})
