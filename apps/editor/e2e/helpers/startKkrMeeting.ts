import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createServer, SqliteMeetingStore } from '@referat/server'
import { ensureBuilt } from './ensureBuilt'

export const ADMIN_KEY = 'e2e-admin-key'

export interface KkrMeeting {
  url: string
  id: string
  links: { editor: string; chair: string; viewer: string }
  /** GET with the admin key, parsed as JSON. */
  get<T>(path: string): Promise<T>
  /** A further link to the meeting for another user. */
  link(userId: string, name: string, role: 'editor' | 'chair' | 'viewer'): Promise<string>
  close(): Promise<void>
}

/**
 * The built app served by a real server (SQLite in a tmp folder, port 0) holding one meeting
 * imported from the KKR fixture through the HTTP API.
 */
export async function startKkrMeeting(appDir: string): Promise<KkrMeeting> {
  const fixture = resolve(appDir, '../../../shared/fixtures/kkr-nordjylland-2024-09-20.txt')
  if (!existsSync(fixture))
    throw new Error(`Fixture missing: ${fixture} (the tests read ../shared/fixtures).`)
  const staticDir = ensureBuilt(appDir)
  const dir = mkdtempSync(join(tmpdir(), 'referat-e2e-'))
  const store = new SqliteMeetingStore({ file: join(dir, 'referat.sqlite') })
  const server = createServer({
    secret: 'e2e-secret-that-is-at-least-32-bytes-long',
    adminKey: ADMIN_KEY,
    store,
    port: 0,
    logLevel: 'silent',
    staticDir,
  })
  await server.listen()
  const auth = { authorization: `Bearer ${ADMIN_KEY}` }
  const form = new FormData()
  form.set('title', 'KKR Nordjylland')
  form.set('file', new Blob([readFileSync(fixture)]), 'kkr-nordjylland-2024-09-20.txt')
  const res = await fetch(`${server.url}/api/meetings`, { method: 'POST', headers: auth, body: form })
  if (res.status !== 201) throw new Error(`create meeting: ${res.status} ${await res.text()}`)
  const meeting = (await res.json()) as { id: string; links: KkrMeeting['links'] }
  return {
    url: server.url,
    id: meeting.id,
    links: meeting.links,
    async get<T>(path: string) {
      const got = await fetch(server.url + path, { headers: auth })
      if (!got.ok) throw new Error(`${path}: ${got.status} ${await got.text()}`)
      return (await got.json()) as T
    },
    async link(userId, name, role) {
      const made = await fetch(`${server.url}/api/meetings/${meeting.id}/tokens`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ userId, name, role }),
      })
      if (!made.ok) throw new Error(`token: ${made.status} ${await made.text()}`)
      const { token } = (await made.json()) as { token: string }
      return `${server.url}/m/${meeting.id}?token=${token}`
    },
    async close() {
      await server.close()
      store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
