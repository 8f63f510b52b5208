import { SignJWT } from 'jose'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startTestServer, TEST_SECRET, type TestServer } from '../testing/startTestServer'
import { signToken } from './signToken'

let t: TestServer
beforeEach(async () => {
  t = await startTestServer()
})
afterEach(() => t.close())

/** Resolves with the HTTP status of a refused upgrade, or 101 when a socket opened. */
function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url)
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      ws.terminate()
    })
    ws.on('open', () => {
      resolve(101)
      ws.close()
    })
    ws.on('error', () => {})
  })
}

const secret = new TextEncoder().encode(TEST_SECRET)

describe('authentication at the upgrade', () => {
  it('opens a socket for a valid token', async () => {
    const { id, tokens } = await t.createMeeting()
    expect(await upgradeStatus(`${t.wsUrl}/${id}?token=${tokens.editor}`)).toBe(101)
  })

  it('refuses every bad token without a socket', async () => {
    const { id, tokens } = await t.createMeeting()
    const other = await t.createMeeting()
    const expired = await new SignJWT({ name: 'x', role: 'editor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setAudience(id)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret)
    const tampered = tokens.viewer.replace(/\.([^.]+)\./, (_m, body: string) => {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
      return `.${Buffer.from(JSON.stringify({ ...claims, role: 'chair' })).toString('base64url')}.`
    })
    const wrongKey = await signToken(new TextEncoder().encode('another-secret-of-at-least-32-bytes!!'), {
      userId: 'u',
      name: 'x',
      role: 'editor',
      meetingId: id,
      ttlSeconds: 60,
    })
    const cases: [string, string, number][] = [
      ['missing', `${t.wsUrl}/${id}`, 401],
      ['empty', `${t.wsUrl}/${id}?token=`, 401],
      ['garbage', `${t.wsUrl}/${id}?token=abc`, 401],
      ['expired', `${t.wsUrl}/${id}?token=${expired}`, 401],
      ['tampered', `${t.wsUrl}/${id}?token=${tampered}`, 401],
      ['wrong key', `${t.wsUrl}/${id}?token=${wrongKey}`, 401],
      ['other meeting', `${t.wsUrl}/${other.id}?token=${tokens.editor}`, 403],
      ['unknown path', `${t.url.replace('http', 'ws')}/elsewhere?token=${tokens.editor}`, 404],
    ]
    for (const [name, url, status] of cases) expect([name, await upgradeStatus(url)]).toEqual([name, status])
    expect(t.server.context.registry.size).toBe(0)
  })

  it('revoking a user closes their open socket (4410) and refuses their older tokens', async () => {
    const { id } = await t.createMeeting()
    const mint = async (role: string) => {
      const res = await t.api(`/api/meetings/${id}/tokens`, {
        method: 'POST',
        body: JSON.stringify({ userId: 'anna', name: 'Anna', role }),
      })
      return ((await res.json()) as { token: string }).token
    }
    const old = await mint('chair')
    const ws = new WebSocket(`${t.wsUrl}/${id}?token=${old}`)
    await new Promise((r) => ws.once('open', r))
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)))
    const res = await t.api(`/api/meetings/${id}/revoke`, {
      method: 'POST',
      body: JSON.stringify({ userId: 'anna' }),
    })
    expect(await res.json()).toEqual({ userId: 'anna', disconnected: 1 })
    expect(await closed).toBe(4410)
    expect(await upgradeStatus(`${t.wsUrl}/${id}?token=${old}`)).toBe(401)
    await new Promise((r) => setTimeout(r, 5))
    expect(await upgradeStatus(`${t.wsUrl}/${id}?token=${await mint('viewer')}`)).toBe(101)
  })
})
