import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fixturesDir, KKR } from '../testing/fixtures'
import { nodeCases } from '../testing/nodeCases'
import { unzipDocx } from '../testing/unzipDocx'
import { runExportCli } from './runExportCli'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function run(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runExportCli(argv, {
    stdout: async (t) => void out.push(t),
    stderr: async (t) => void err.push(t),
  })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

describe('referat export', () => {
  it('exports a document JSON to DOCX and an agenda text to a public PDF', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'referat-cli-'))
    const json = path.join(dir, 'doc.json')
    writeFileSync(json, JSON.stringify(nodeCases.closedItem))
    const docx = path.join(dir, 'out.docx')
    expect(await run(['export', json, '--format', 'docx', '--version', 'full', '--out', docx])).toMatchObject(
      { code: 0 },
    )
    expect(unzipDocx(readFileSync(docx))['word/document.xml']).toContain('Fortroligt indhold')

    const pdf = path.join(dir, 'out.pdf')
    const result = await run([
      'export',
      path.join(fixturesDir, KKR),
      '--format',
      'pdf',
      '--version',
      'public',
      '--out',
      pdf,
    ])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('answers wrong usage with exit code 2 and bad input with 1, one line each', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'referat-cli-'))
    const out = path.join(dir, 'x.docx')
    expect(await run(['export', 'a.json', '--format', 'odt', '--out', out])).toMatchObject({ code: 2 })
    expect(
      (await run(['export', 'a.json', '--format', 'pdf', '--version', 'secret', '--out', out])).stderr,
    ).toContain('--version takes full or public.')
    expect(await run(['export', 'a.json', '--format', 'pdf'])).toMatchObject({ code: 2 })
    const missing = await run(['export', path.join(dir, 'none.json'), '--format', 'docx', '--out', out])
    expect(missing).toMatchObject({
      code: 1,
      stderr: `referat: Cannot read ${path.join(dir, 'none.json')}: no such file.\n`,
    })
    const bad = path.join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ type: 'doc', content: [{ type: 'video' }] }))
    const unknown = await run(['export', bad, '--format', 'docx', '--out', out])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/^referat: The document does not fit the minutes schema: .*video/)
  })
})
