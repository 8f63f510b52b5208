import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, SqliteMeetingStore } from '@referat/server'
import type { JSONContent } from '@tiptap/core'
import { connectClient } from '../../../server/src/testing/connectClient'
import { writeYFragment } from './writeYFragment'

const ADMIN_KEY = 'typing-bench-admin-key'

export interface BenchMeeting {
  id: string
  /** `ws://…/collab`, for y-websocket clients. */
  ws: string
  /** The editor's link into the app (`/m/<id>?token=…`). */
  editorLink: string
  editorToken: string
  /** One editor token per remote typist. */
  typistTokens: string[]
}

export interface BenchServer {
  url: string
  /** A meeting created through the admin API whose document is then replaced by `doc` by an editor client. */
  createMeeting(doc: JSONContent, typists: number): Promise<BenchMeeting>
  close(): Promise<void>
}

/** Our real server (SQLite in a tmp folder, port 0) serving `staticDir`. */
export async function startBenchServer(staticDir: string): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'referat-typing-'))
  const store = new SqliteMeetingStore({ file: join(dir, 'referat.sqlite') })
  const server = createServer({
    secret: 'typing-bench-secret-of-at-least-32-bytes',
    adminKey: ADMIN_KEY,
    store,
    port: 0,
    logLevel: 'silent',
    staticDir,
  })
  await server.listen()
  const post = async <T>(path: string, body: object): Promise<T> => {
    const res = await fetch(server.url + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
    return (await res.json()) as T
  }

  return {
    url: server.url,
    async createMeeting(doc, typists) {
      type Created = { id: string; tokens: { editor: string }; links: { editor: string; ws: string } }
      const created = await post<Created>('/api/meetings', { title: 'KKR Nordjylland × 4', body: 'KKR' })
      const { id, tokens, links } = created
      const seeder = await connectClient(links.ws, id, tokens.editor)
      writeYFragment(seeder.doc.getXmlFragment('default'), doc)
      const expected = seeder.doc.getXmlFragment('default').length
      const check = await connectClient(links.ws, id, tokens.editor)
      const stored = () => check.doc.getXmlFragment('default').length
      const deadline = Date.now() + 30_000
      while (stored() !== expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      const received = stored()
      check.destroy()
      seeder.destroy()
      if (received !== expected)
        throw new Error(`The server sent ${received} of ${expected} top-level nodes.`)
      const typistTokens = await Promise.all(
        Array.from({ length: typists }, (_, i) =>
          post<{ token: string }>(`/api/meetings/${id}/tokens`, {
            userId: `typist-${i + 1}`,
            name: `Typist ${i + 1}`,
            role: 'editor',
          }).then((r) => r.token),
        ),
      )
      return { id, ws: links.ws, editorLink: links.editor, editorToken: tokens.editor, typistTokens }
    },
    async close() {
      await server.close()
      store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
