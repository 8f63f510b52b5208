import type { JSONContent } from '@tiptap/core'
import { readFile } from 'node:fs/promises'
import { importBytes } from '@referat/import'
import { ExportError } from '../ExportError'

/** A document JSON file as it is; a .txt or .docx agenda or minute through the importer. */
export async function readDocument(file: string): Promise<JSONContent> {
  let data: Buffer
  try {
    data = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(code)
    throw new ExportError(`Cannot read ${file}: ${reason}.`)
  }
  if (!/\.json$/i.test(file)) return importBytes(data, file)
  try {
    return JSON.parse(data.toString('utf8')) as JSONContent
  } catch (error) {
    throw new ExportError(`${file} is not valid JSON: ${(error as Error).message}`)
  }
}
