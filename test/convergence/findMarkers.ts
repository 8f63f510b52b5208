import type { Node as PMNode } from '@tiptap/pm/model'

/** Typed markers are `mk<n>x`, seeded ones `sd<n>x`: neither can be a substring of another. */
export const MARKER_PATTERN = /(?:mk|sd)\d+x/g

export interface MarkerSpan {
  from: number
  to: number
}

/**
 * Every marker word in the document with its position. Text of different textblocks is never
 * joined, and an inline node (bilag, hard break) breaks a word.
 */
export function findMarkers(doc: PMNode): Map<string, MarkerSpan[]> {
  const found = new Map<string, MarkerSpan[]>()
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    let text = ''
    const starts: number[] = []
    node.forEach((child, offset) => {
      const start = pos + 1 + offset
      const piece = child.isText ? (child.text ?? '') : '\u0000'
      for (let i = 0; i < piece.length; i++) starts.push(start + i)
      text += piece
    })
    for (const match of text.matchAll(MARKER_PATTERN)) {
      const from = starts[match.index]!
      const to = starts[match.index + match[0].length - 1]! + 1
      found.set(match[0], [...(found.get(match[0]) ?? []), { from, to }])
    }
    return false
  })
  return found
}
