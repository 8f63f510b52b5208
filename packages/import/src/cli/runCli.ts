import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { importBytes, type ImportOptions } from '../importMinutes'
import { ImportError } from '../ImportError'
import { summarize } from '../summary/summarize'
import { mergeVocabulary } from '../vocabulary/mergeVocabulary'
import { UsageError, USAGE } from './usage'

export interface CliIo {
  stdout: (text: string) => Promise<void>
  stderr: (text: string) => Promise<void>
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        summary: { type: 'boolean' },
        out: { type: 'string' },
        vocabulary: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

async function readInput(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(code)
    throw new ImportError(`Cannot read the ${what} ${file}: ${reason}.`)
  }
}

async function options(values: ReturnType<typeof parse>['values']): Promise<ImportOptions> {
  const result: ImportOptions = {}
  if (values['max-bytes'] !== undefined) {
    const limit = Number(values['max-bytes'])
    if (!Number.isInteger(limit) || limit <= 0)
      throw new UsageError('--max-bytes takes a positive whole number.')
    result.maxInputBytes = limit
    result.maxDocxBytes = limit
  }
  if (values.vocabulary !== undefined) {
    const text = (await readInput(values.vocabulary, 'vocabulary')).toString('utf8')
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new ImportError(
        `The vocabulary ${values.vocabulary} is not valid JSON: ${(error as Error).message}`,
      )
    }
    result.vocabulary = mergeVocabulary(json)
  }
  return result
}

/** `referat import <file> …`; resolves to the exit code: 0, 1 for bad input, 2 for bad usage. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parse(argv)
    if (values.help) return (await io.stdout(`${USAGE}\n`), 0)
    const [command, file, ...extra] = positionals
    if (command !== 'import')
      throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.')
    if (!file) throw new UsageError('No input file given.')
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`)
    const importOptions = await options(values)
    const doc = await importBytes(await readInput(file, 'file'), file, importOptions)
    if (values.out) await writeFile(values.out, `${JSON.stringify(doc, null, 2)}\n`)
    if (values.summary) await io.stdout(`${JSON.stringify(summarize(doc), null, 2)}\n`)
    else if (!values.out) await io.stdout(`${JSON.stringify(doc, null, 2)}\n`)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      await io.stderr(`referat: ${error.message}\n${USAGE}\n`)
      return 2
    }
    const message =
      error instanceof ImportError ? error.message : `Unexpected error: ${(error as Error).message}`
    await io.stderr(`referat: ${message.split('\n')[0]}\n`)
    return 1
  }
}
