import { exportDocx } from '../docx/exportDocx'
import { exportPdf } from '../pdf/exportPdf'
import { kkrDoc } from '../testing/fixtures'
import { manyItems } from '../testing/syntheticMinutes'

/*
 * Export times in a warm process: `npx tsx packages/export/src/bench/exportTimes.ts`.
 * Each figure is the median of 5 runs after one warm-up.
 */
const kkr = kkrDoc()
const kkrTimes = (n: number) => ({
  ...kkr,
  content: [
    ...(kkr.content ?? []),
    ...Array.from({ length: n - 1 }, () =>
      (kkr.content ?? []).filter((p) => p.type === 'agendaGroup'),
    ).flat(),
  ],
})

const documents = [
  { name: 'KKR fixture', doc: kkr },
  { name: 'KKR × 5', doc: kkrTimes(5) },
  { name: '100 items', doc: manyItems(100) },
  { name: '500 items', doc: manyItems(500) },
]

const pdfPages = /\/Type \/Pages\s*\/Count (\d+)/

async function median(run: () => Promise<Buffer>): Promise<{ ms: number; bytes: number; data: Buffer }> {
  let data = await run()
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    data = await run()
    times.push(performance.now() - start)
  }
  return { ms: Math.round(times.sort((a, b) => a - b)[2] ?? 0), bytes: data.length, data }
}

for (const { name, doc } of documents) {
  const docx = await median(() => exportDocx(doc, { version: 'full' }))
  const docxLaidOut = await median(() => exportDocx(doc, { version: 'full', estimatePages: true }))
  const pdf = await median(() => exportPdf(doc, { version: 'full' }))
  const pages = (pdfPages.exec(pdf.data.toString('latin1'))?.[1] ?? '?') + ' PDF pages'
  console.log(
    `${name} (${pages}): DOCX ${docx.ms} ms (${docx.bytes} B), DOCX with page layout ${docxLaidOut.ms} ms, PDF ${pdf.ms} ms (${pdf.bytes} B)`,
  )
}
