import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, tmpdir } from 'node:os'
import path from 'node:path'
import { exportDocx, exportPdf } from '@referat/export'
import { benchDocuments } from './benchDocuments'

/*
 * Export time of our DOCX and PDF next to LibreOffice converting the same DOCX to PDF, in one run:
 * `pnpm bench:export`. Our figures are the median of 5 warm runs; LibreOffice's is one cold run.
 * Peak RSS: each export alone in a fresh process, next to the same process without exporting.
 */
const documents = benchDocuments()

async function median(run: () => Promise<Buffer>): Promise<{ ms: number; data: Buffer }> {
  let data = await run()
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    data = await run()
    times.push(performance.now() - start)
  }
  return { ms: Math.round(times.sort((a, b) => a - b)[2] ?? 0), data }
}

function peakMiB(name: string, format: 'docx' | 'pdf' | 'none'): number {
  const script = path.join(import.meta.dirname, 'exportPeakMemory.ts')
  return Number(execFileSync('npx', ['tsx', script, name, format], { encoding: 'utf8' }).trim())
}

function libreOfficeMs(docx: Buffer): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'referat-bench-'))
  try {
    const file = path.join(dir, 'referat.docx')
    writeFileSync(file, docx)
    const start = performance.now()
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      {
        stdio: 'ignore',
      },
    )
    return Math.round(performance.now() - start)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const pdfPages = (pdf: Buffer) => /\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? '?'
const rows: string[] = []
for (const { name, doc } of documents) {
  const docx = await median(() => exportDocx(doc, { version: 'full', estimatePages: false }))
  const laidOut = await median(() => exportDocx(doc, { version: 'full', estimatePages: true }))
  const pdf = await median(() => exportPdf(doc, { version: 'full' }))
  const memory = `${peakMiB(name, 'none')} / ${peakMiB(name, 'docx')} / ${peakMiB(name, 'pdf')}`
  const row = `| ${name} | ${pdfPages(pdf.data)} | ${docx.ms} | ${laidOut.ms} | ${pdf.ms} | ${libreOfficeMs(docx.data)} | ${memory} |`
  console.log(row)
  rows.push(row)
}
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
console.log(`\nMachine: ${machine}; date ${new Date().toISOString().slice(0, 10)}`)
console.log(
  '| document | PDF pages | DOCX ms | DOCX with TOC page layout ms | PDF ms | LibreOffice DOCX→PDF ms | peak RSS MiB: loaded / DOCX / PDF |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- |')
console.log(rows.join('\n'))
