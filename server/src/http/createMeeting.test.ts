import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { connectClient } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'

const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../../..')
const KKR = path.resolve(repoRoot, '../shared/fixtures/kkr-nordjylland-2024-09-20.txt')

let t: TestServer
beforeEach(async () => {
  t = await startTestServer()
})
afterEach(() => t.close())

interface Summary {
  title: string
  status: string
  items: { id: string; title: string }[]
  attendance: { present: number; absent: number; substitutes: number }
}

describe('POST /api/meetings', () => {
  it('refuses without the admin key and validates the body', async () => {
    expect((await t.api('/api/meetings', { method: 'POST', token: 'wrong', body: '{}' })).status).toBe(401)
    const bad = await t.api('/api/meetings', { method: 'POST', body: JSON.stringify({ title: 42 }) })
    expect(bad.status).toBe(400)
  })

  it('creates a blank KL/KKR minute from JSON with one token per role', async () => {
    const { id, tokens } = await t.createMeeting()
    expect(Object.keys(tokens).sort()).toEqual(['chair', 'editor', 'viewer'])
    const summary = (await (await t.api(`/api/meetings/${id}`)).json()) as Summary
    expect(summary).toMatchObject({
      title: 'Referat',
      status: 'open',
      items: [{ title: 'Godkendelse af dagsorden' }],
    })
    const list = (await (await t.api('/api/meetings')).json()) as { meetings: { id: string }[] }
    expect(list.meetings.map((m) => m.id)).toEqual([id])
  })

  it('seeds the meeting from an uploaded agenda (the KKR fixture)', async () => {
    if (!existsSync(KKR)) throw new Error(`Fixture missing: ${KKR} (the tests read ../shared/fixtures).`)
    const form = new FormData()
    form.set('title', 'KKR Nordjylland')
    form.set('file', new Blob([readFileSync(KKR)]), 'kkr.txt')
    const res = await fetch(`${t.url}/api/meetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.server.context.adminKey}` },
      body: form,
    })
    expect(res.status).toBe(201)
    const { id, tokens } = (await res.json()) as { id: string; tokens: { viewer: string } }
    const summary = (await (await t.api(`/api/meetings/${id}`)).json()) as Summary
    expect(summary.title).toBe('KKR Nordjylland')
    expect(summary.items).toHaveLength(12)
    expect(summary.attendance).toEqual({ present: 15, absent: 9, substitutes: 2 })
    const viewer = await connectClient(t.wsUrl, id, tokens.viewer)
    expect(viewer.doc.getXmlFragment('default').length).toBeGreaterThan(3)
    viewer.destroy()
  })

  it('refuses an unreadable upload with 400', async () => {
    const form = new FormData()
    form.set('file', new Blob([Buffer.from('%PDF-1.4 …')]), 'agenda.pdf')
    const res = await fetch(`${t.url}/api/meetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.server.context.adminKey}` },
      body: form,
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toMatch(/PDF/)
  })
})
