import { getMinutesSchema } from '@referat/schema'
import { describe, expect, it } from 'vitest'
import { ImportError } from './ImportError'
import { importBytes, importText } from './importMinutes'
import { storedZip } from './testing/storedZip'

/** Deterministic bytes with every value, like a corrupt or binary upload. */
function garbage(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = 12345
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0
    bytes[i] = state >>> 24
  }
  return bytes
}

const valid = (doc: object) => expect(() => getMinutesSchema().nodeFromJSON(doc).check()).not.toThrow()

describe('malformed input', () => {
  it('refuses an empty file or one of whitespace', async () => {
    await expect(importBytes(new Uint8Array(), 'tom.txt')).rejects.toThrow(
      new ImportError('The input is empty.'),
    )
    expect(() => importText(' \n\n \f\t')).toThrow(ImportError)
  })

  it('refuses binary garbage with a clear error', async () => {
    await expect(importBytes(garbage(100_000), 'upload.txt')).rejects.toThrow(
      /neither text nor a DOCX document/,
    )
  })

  it('refuses a PDF, pointing to the ways that work', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n')
    await expect(importBytes(pdf, 'referat.pdf')).rejects.toThrow(/copy the text out of the PDF/)
  })

  it('refuses a .docx that is not a zip', async () => {
    const fake = new TextEncoder().encode('Referat\n1. Punkt\n')
    await expect(importBytes(fake, 'referat.docx')).rejects.toThrow(/not a readable DOCX document/)
  })

  it('refuses a DOCX zip without word/document.xml', async () => {
    const zip = storedZip({ '[Content_Types].xml': '<Types/>', 'docProps/app.xml': '<Properties/>' })
    await expect(importBytes(zip, 'referat.docx')).rejects.toThrow(/not a readable DOCX document/)
  })

  it('refuses 50 MB of text quickly, naming the limit', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61)
    const started = performance.now()
    await expect(importBytes(big, 'stor.txt')).rejects.toThrow(
      /more than the limit of 10\.0 MB \(maxInputBytes\)/,
    )
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('reads a large text under the limit in time that grows linearly', () => {
    const paragraph =
      'Der er tale om en meget stor opgave, som forudsætter ambitiøs omstil-\nling af dansk landbrug.\n\n'
    const time = (copies: number) => {
      const started = performance.now()
      valid(importText(paragraph.repeat(copies)))
      return performance.now() - started
    }
    time(2_000)
    const small = time(10_000)
    const large = time(40_000)
    expect(large).toBeLessThan(small * 4 * 3 + 200)
  })

  it('survives pathological lines without backtracking', () => {
    const lines = [
      '('.repeat(200_000),
      `${'1.'.repeat(100_000)} Titel`,
      `${' '.repeat(100_000)}x`,
      `${'-'.repeat(100_000)}`,
      `Sagsnr.: ${'1-'.repeat(50_000)}`,
      `${'a '.repeat(100_000)}deltog ikke i behandlingen`,
      'ab-\n'.repeat(50_000),
    ]
    for (const line of lines) {
      const started = performance.now()
      valid(importText(line))
      expect(performance.now() - started, line.slice(0, 20)).toBeLessThan(3000)
    }
  })

  it('reads legacy Windows-1252 text', async () => {
    const bytes = Uint8Array.from([...'1. Godkendelse af referat\n\nMorsø ', 'æ'].join('').split(''), (c) =>
      c === 'ø' ? 0xf8 : c === 'æ' ? 0xe6 : c.charCodeAt(0),
    )
    const doc = await importBytes(bytes, 'gammel.txt')
    expect(JSON.stringify(doc)).toContain('Morsø æ')
  })
})
