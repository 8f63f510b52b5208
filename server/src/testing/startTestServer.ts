import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ServerOptions } from '../config/ServerOptions'
import { createServer, type ReferatServer } from '../createServer'
import { SqliteMeetingStore } from '../store/SqliteMeetingStore'

export const TEST_SECRET = 'test-secret-that-is-at-least-32-bytes-long'
export const TEST_ADMIN_KEY = 'test-admin-key'

export interface TestServer {
  server: ReferatServer
  url: string
  wsUrl: string
  dir: string
  dbFile: string
  store: SqliteMeetingStore
  api(path: string, init?: RequestInit & { token?: string }): Promise<Response>
  createMeeting(): Promise<{ id: string; tokens: { editor: string; chair: string; viewer: string } }>
  close(): Promise<void>
}

/** A real server on 127.0.0.1:0 with a real SQLite file in a fresh temp dir, quiet, torn down by `close`. */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'referat-server-'))
  const dbFile = join(dir, 'referat.sqlite')
  const store = new SqliteMeetingStore({ file: dbFile, synchronous: 'normal' })
  const server = createServer({
    secret: TEST_SECRET,
    adminKey: TEST_ADMIN_KEY,
    store,
    port: 0,
    logLevel: 'silent',
    unloadGraceMs: 50,
    ...options,
  })
  const url = await server.listen()
  const api = (path: string, { token = TEST_ADMIN_KEY, ...init }: RequestInit & { token?: string } = {}) =>
    fetch(url + path, {
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
    })
  return {
    server,
    url,
    wsUrl: `${url.replace('http', 'ws')}/collab`,
    dir,
    dbFile,
    store,
    api,
    async createMeeting() {
      const res = await api('/api/meetings', {
        method: 'POST',
        body: JSON.stringify({
          title: 'Referat',
          body: 'KKR Nordjylland',
          date: '2024-09-20',
          place: 'Aalborg',
        }),
      })
      if (res.status !== 201) throw new Error(`createMeeting: ${res.status} ${await res.text()}`)
      return res.json()
    },
    async close() {
      await server.close()
      store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
