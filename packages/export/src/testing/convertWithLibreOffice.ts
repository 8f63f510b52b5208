import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** LibreOffice opens the DOCX and prints it to PDF; it throws when LibreOffice cannot. */
export function convertWithLibreOffice(docx: Uint8Array): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'referat-soffice-'))
  try {
    const input = path.join(dir, 'referat.docx')
    writeFileSync(input, docx)
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { stdio: 'pipe', timeout: 90_000 },
    )
    return readFileSync(path.join(dir, 'referat.pdf'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
