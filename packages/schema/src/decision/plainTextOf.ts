import type { JSONContent } from '@tiptap/core'

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'agendaTitle'])

/** The text of document JSON: runs joined as they are, blocks separated by a line break. */
export function plainTextOf(node: JSONContent): string {
  if (node.text !== undefined) return node.text
  const parts = (node.content ?? []).map(plainTextOf)
  return parts.join(TEXTBLOCKS.has(node.type ?? '') ? '' : '\n')
}
