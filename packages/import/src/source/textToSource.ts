import type { CompiledVocabulary } from '../vocabulary/compileVocabulary'
import { isDoubleSpaced } from './isDoubleSpaced'
import { removePageFurniture } from './removePageFurniture'
import type { SourceBlock, SourceDocument } from './SourceDocument'
import { typicalLineWidth } from './typicalLineWidth'

/**
 * Reduces text copied out of a PDF to lines, paragraph breaks and page markers. Some extractors put
 * an empty line after every line; then only lines holding spaces separate paragraphs.
 */
export function textToSource(text: string, v: CompiledVocabulary): SourceDocument {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\f/)
  const { lines, facts } = removePageFurniture(raw, v)
  const doubleSpaced = isDoubleSpaced(lines)
  const blocks: SourceBlock[] = []
  const lengths: number[] = []
  const pushBreak = () => {
    if (blocks.length > 0 && blocks[blocks.length - 1]?.type !== 'break') blocks.push({ type: 'break' })
  }
  for (const line of lines) {
    if (line === null) {
      blocks.push({ type: 'page' })
      continue
    }
    const trimmed = line.trim()
    if (trimmed === '') {
      if (!doubleSpaced || line !== '') pushBreak()
      continue
    }
    const collapsed = trimmed.replace(/\s+/g, ' ')
    blocks.push({ type: 'line', text: collapsed })
    lengths.push(collapsed.length)
  }
  return { blocks, lineWidth: typicalLineWidth(lengths), furnitureFacts: facts }
}
