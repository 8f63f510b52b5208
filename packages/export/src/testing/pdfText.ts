import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

function withFile<T>(pdf: Uint8Array, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'referat-poppler-'))
  try {
    const file = path.join(dir, 'in.pdf')
    writeFileSync(file, pdf)
    return read(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** What poppler's pdfinfo says of a PDF (Title, Pages, Page size, …). */
export const pdfInfo = (pdf: Uint8Array): string =>
  withFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }))

/** The text poppler's pdftotext reads from a PDF (`-layout` keeps columns, for snapshots). */
export function pdfText(pdf: Uint8Array, layout = false): string {
  return withFile(pdf, (file) =>
    execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  )
}
