import mammoth from 'mammoth'
import { ImportError } from '../ImportError'
import { htmlToBlocks } from './htmlToBlocks'
import type { SourceDocument } from './SourceDocument'

const dropImages = mammoth.images.imgElement(async () => ({ src: '' }))

/** A table of contents repeats the agenda's headings (Word's built-in `toc N` styles): page furniture. */
const dropTableOfContents = [1, 2, 3, 4, 5, 6, 7, 8, 9]
  .map((level) => `p[style-name='toc ${level}'] => !`)
  .concat("p[style-name='TOC Heading'] => !")

/** Reads a .docx with mammoth; its HTML keeps headings, lists and tables, which map onto line hints. */
export async function docxToSource(data: Uint8Array): Promise<SourceDocument> {
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      { convertImage: dropImages, externalFileAccess: false, styleMap: dropTableOfContents },
    )
    html = result.value
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    const reason = message.replace(/\s*If it is, see \S+$/, '')
    throw new ImportError(`The file is not a readable DOCX document (${reason}).`)
  }
  return { blocks: htmlToBlocks(html), lineWidth: Infinity, furnitureFacts: {} }
}
