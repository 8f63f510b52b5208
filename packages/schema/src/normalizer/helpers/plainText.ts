import type { Fragment, Node as PMNode } from '@tiptap/pm/model'
import { BILAG_MARKER } from '../../nodes/bilag'

const leafText = (leaf: PMNode) => (leaf.type.name === 'bilag' ? BILAG_MARKER : '')

/** The text of a fragment on one line: its non-empty textblocks joined by spaces (for a title). */
export function plainText(content: Fragment): string {
  if (content.firstChild?.isInline) return content.textBetween(0, content.size, '', leafText)
  const parts: string[] = []
  content.descendants((node) => {
    if (!node.isTextblock) return true
    const text = node.textBetween(0, node.content.size, '', leafText)
    if (text) parts.push(text)
    return false
  })
  return parts.join(' ')
}
