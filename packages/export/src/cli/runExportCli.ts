import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { ImportError, type CliIo } from '@referat/import'
import { exportDocx } from '../docx/exportDocx'
import { ExportError } from '../ExportError'
import { EXPORT_VERSIONS, type ExportVersion } from '../ExportOptions'
import { exportPdf } from '../pdf/exportPdf'
import { EXPORT_USAGE, ExportUsageError } from './exportUsage'
import { readDocument } from './readDocument'

/** The same output streams as the import command's. */
export type ExportCliIo = CliIo

const FORMATS = ['docx', 'pdf'] as const

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        version: { type: 'string', default: 'full' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new ExportUsageError((error as Error).message)
  }
}

/** `referat export <file> --format … --version … --out …`; resolves to the exit code: 0, 1 bad input, 2 bad usage. */
export async function runExportCli(argv: string[], io: ExportCliIo): Promise<number> {
  try {
    const { values, positionals } = parse(argv)
    if (values.help) return (await io.stdout(`${EXPORT_USAGE}\n`), 0)
    const [command, file, ...extra] = positionals
    if (command !== 'export')
      throw new ExportUsageError(command ? `Unknown command "${command}".` : 'No command given.')
    if (!file) throw new ExportUsageError('No input file given.')
    if (extra.length > 0) throw new ExportUsageError(`Unexpected argument "${extra[0]}".`)
    const format = values.format ?? /\.(docx|pdf)$/i.exec(values.out ?? '')?.[1]?.toLowerCase()
    if (!FORMATS.includes(format as (typeof FORMATS)[number]))
      throw new ExportUsageError('--format takes docx or pdf.')
    if (!EXPORT_VERSIONS.includes(values.version as ExportVersion))
      throw new ExportUsageError('--version takes full or public.')
    if (!values.out) throw new ExportUsageError('--out <file> is required.')
    const doc = await readDocument(file)
    const options = { version: values.version as ExportVersion }
    const data = format === 'pdf' ? await exportPdf(doc, options) : await exportDocx(doc, options)
    await writeFile(values.out, data)
    await io.stdout(`${values.out}: ${format?.toUpperCase()} (${values.version}), ${data.length} bytes\n`)
    return 0
  } catch (error) {
    if (error instanceof ExportUsageError) {
      await io.stderr(`referat: ${error.message}\n${EXPORT_USAGE}\n`)
      return 2
    }
    const known = error instanceof ExportError || error instanceof ImportError
    const message = known ? (error as Error).message : `Unexpected error: ${(error as Error).message}`
    await io.stderr(`referat: ${message.split('\n')[0]}\n`)
    return 1
  }
}
