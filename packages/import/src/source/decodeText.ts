import { ImportError } from '../ImportError'

const SAMPLE = 1 << 20

/**
 * Decodes bytes as UTF-8 text, falling back to Windows-1252 for legacy files, and rejects binary
 * data: control characters or undecodable bytes in more than 1 % of a sample.
 */
export function decodeText(data: Uint8Array): string {
  const sample = data.subarray(0, SAMPLE)
  let controls = 0
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32) || byte === 127) controls++
  if (controls > sample.length * 0.01) {
    throw new ImportError('The file is neither text nor a DOCX document (it looks like binary data).')
  }
  const utf8 = new TextDecoder('utf-8').decode(sample)
  let invalid = 0
  for (const ch of utf8) if (ch === '\uFFFD') invalid++
  const encoding = invalid > utf8.length * 0.001 ? 'windows-1252' : 'utf-8'
  return new TextDecoder(encoding).decode(data)
}
