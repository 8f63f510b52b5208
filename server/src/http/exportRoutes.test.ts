import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/startTestServer'

const KKR = resolve(import.meta.dirname, '../../../../shared/fixtures/kkr-nordjylland-2024-09-20.txt')

let t: TestServer
beforeEach(async () => {
  t = await startTestServer()
})
afterEach(async () => {
  await t.close()
})

async function uploadKkr(): Promise<{ id: string; tokens: { viewer: string; editor: string } }> {
  if (!existsSync(KKR)) throw new Error(`Fixture missing: ${KKR} (the tests read ../shared/fixtures).`)
  const form = new FormData()
  form.set('file', new Blob([readFileSync(KKR)]), 'kkr.txt')
  const res = await fetch(`${t.url}/api/meetings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t.server.context.adminKey}` },
    body: form,
  })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string; tokens: { viewer: string; editor: string } }
}

describe('export', () => {
  it('gives a viewer the DOCX and the PDF under a Danish file name', async () => {
    const { id, tokens } = await uploadKkr()
    const docx = await t.api(`/api/meetings/${id}/export?format=docx`, { token: tokens.viewer })
    expect(docx.status).toBe(200)
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(docx.headers.get('content-disposition')).toBe(
      `attachment; filename="Referat KKR Nordjylland 2024-09-20.docx"; ` +
        `filename*=UTF-8''Referat%20KKR%20Nordjylland%202024-09-20.docx`,
    )
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK')

    const pdf = await t.api(`/api/meetings/${id}/export?format=pdf&version=public`, { token: tokens.editor })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })

  it('takes the token from the query, as a download link in the app sends it', async () => {
    const { id, tokens } = await t.createMeeting()
    const res = await fetch(`${t.url}/api/meetings/${id}/export?format=pdf&token=${tokens.viewer}`)
    expect(res.status).toBe(200)
    const forged = await fetch(`${t.url}/api/meetings/${id}/export?format=pdf&token=${tokens.viewer}x`)
    expect(forged.status).toBe(401)
  })

  it('refuses a missing token and an unknown format', async () => {
    const { id, tokens } = await t.createMeeting()
    const anonymous = await fetch(`${t.url}/api/meetings/${id}/export?format=pdf`)
    expect(anonymous.status).toBe(401)
    const odd = await t.api(`/api/meetings/${id}/export?format=odt`, { token: tokens.viewer })
    expect(odd.status).toBe(400)
  })
})
