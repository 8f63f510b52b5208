import type { JSONContent } from '@tiptap/core'
import { buildMinutes, type BuildOptions } from './buildMinutes'
import { ImportError } from './ImportError'
import { decodeText } from './source/decodeText'
import { docxToSource } from './source/docxToSource'
import { textToSource } from './source/textToSource'
import { compileVocabulary } from './vocabulary/compileVocabulary'
import { defaultVocabulary } from './vocabulary/defaultVocabulary'

export interface ImportOptions extends BuildOptions {
  /**
   * Larger text inputs are refused with an ImportError instead of being read. Reading is linear
   * (about 3 s for 10 MB); a real minute is well under 1 MB of text.
   * @default 10 MiB
   */
  maxInputBytes?: number
  /**
   * Larger .docx files are refused; images count here, though they are not read.
   * @default 50 MiB
   */
  maxDocxBytes?: number
}

export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024
export const DEFAULT_MAX_DOCX_BYTES = 50 * 1024 * 1024

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const PDF = '%PDF-'

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b)

function checkSize(size: number, limit: number, option: string) {
  if (size <= limit) return
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1)
  throw new ImportError(`The input is ${mb(size)} MB, more than the limit of ${mb(limit)} MB (${option}).`)
}

const checkText = (size: number, o: ImportOptions) =>
  checkSize(size, o.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES, 'maxInputBytes')
const checkDocx = (size: number, o: ImportOptions) =>
  checkSize(size, o.maxDocxBytes ?? DEFAULT_MAX_DOCX_BYTES, 'maxDocxBytes')

/** Imports plain text (as copied out of a PDF) into a minutes document. */
export function importText(text: string, options: ImportOptions = {}): JSONContent {
  checkText(text.length, options)
  if (text.trim() === '') throw new ImportError('The input is empty.')
  const vocabulary = compileVocabulary(options.vocabulary ?? defaultVocabulary)
  return buildMinutes(textToSource(text, vocabulary), options, vocabulary)
}

/** Imports a .docx file's bytes into a minutes document. */
export async function importDocx(data: Uint8Array, options: ImportOptions = {}): Promise<JSONContent> {
  checkDocx(data.byteLength, options)
  return buildMinutes(await docxToSource(data), options)
}

/**
 * Imports a file's bytes, telling DOCX (a zip) from text by content, not by name. A name ending in
 * .docx that is not a zip is reported as a broken DOCX.
 */
export async function importBytes(
  data: Uint8Array,
  fileName = '',
  options: ImportOptions = {},
): Promise<JSONContent> {
  if (data.byteLength === 0) throw new ImportError('The input is empty.')
  if (startsWith(data, ZIP) || /\.docx$/i.test(fileName)) return importDocx(data, options)
  checkText(data.byteLength, options)
  if (
    startsWith(
      data,
      [...PDF].map((c) => c.charCodeAt(0)),
    )
  ) {
    throw new ImportError('PDF files are not read directly; copy the text out of the PDF or save it as DOCX.')
  }
  return importText(decodeText(data), options)
}
