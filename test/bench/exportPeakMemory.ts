import { exportDocx, exportPdf } from '@referat/export'
import { benchDocuments } from './benchDocuments'

/*
 * One export in a fresh process, so its peak RSS is its own: `tsx test/bench/exportPeakMemory.ts
 * <document> <docx|pdf|none>`. Prints the peak RSS in MiB; `none` gives the baseline of loading.
 */
const [name = '', format = 'none'] = process.argv.slice(2)
const doc = benchDocuments().find((d) => d.name === name)?.doc
if (!doc) throw new Error(`Unknown document "${name}".`)
if (format === 'docx') await exportDocx(doc, { version: 'full', estimatePages: false })
if (format === 'pdf') await exportPdf(doc, { version: 'full' })
console.log(Math.round(process.resourceUsage().maxRSS / 1024))
