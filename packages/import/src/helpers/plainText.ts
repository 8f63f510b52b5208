import type { JSONContent } from '@tiptap/core'
import { BILAG_MARKER } from '@referat/schema'

const INLINE_LEAVES: Record<string, string> = { hardBreak: '\n', bilag: BILAG_MARKER }

/** The text of a node as a reader sees it: blocks on their own lines, bilag markers as "./.". */
export function plainText(node: JSONContent): string {
  const blocks: string[] = []
  let line: string[] = []
  const walk = (n: JSONContent) => {
    if (n.type === 'text') return void line.push(n.text ?? '')
    const leaf = INLINE_LEAVES[n.type ?? '']
    if (leaf !== undefined) return void line.push(leaf)
    for (const child of n.content ?? []) walk(child)
    if (n.content && n.content.every((c) => c.type === 'text' || INLINE_LEAVES[c.type ?? ''] !== undefined)) {
      blocks.push(line.join(''))
      line = []
    }
  }
  walk(node)
  if (line.length > 0) blocks.push(line.join(''))
  return blocks.filter((b) => b.trim() !== '').join('\n')
}
