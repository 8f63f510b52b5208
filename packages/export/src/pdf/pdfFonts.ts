import { create, type Font } from 'fontkit'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export const FONTS = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
} as const

export type FontName = keyof typeof FONTS

let cache: Record<FontName, Font> | undefined

/**
 * DejaVu Sans from the dejavu-fonts-ttf package: full Latin coverage (æ ø å and the rest), free
 * to embed, which PDF/A requires. Parsed once per process: parsing the four faces cost more than
 * laying out the KKR minute. pdfkit subsets each document's glyphs from the shared fonts.
 */
export function pdfFonts(): Record<FontName, Font> {
  if (cache) return cache
  const dir = path.join(
    path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
    'ttf',
  )
  const open = (file: string) => create(readFileSync(path.join(dir, file))) as Font
  cache = {
    regular: open(FONTS.regular),
    bold: open(FONTS.bold),
    italic: open(FONTS.italic),
    boldItalic: open(FONTS.boldItalic),
  }
  return cache
}

export const fontFor = (bold: boolean, italic: boolean): FontName =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular'
