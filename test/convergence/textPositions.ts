import type { Node as PMNode } from '@tiptap/pm/model'

/** Every cursor position inside a textblock, in document order. */
export function textPositions(doc: PMNode, accept: (parent: PMNode) => boolean = () => true): number[] {
  const positions: number[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    if (accept(node)) for (let p = pos + 1; p <= pos + 1 + node.content.size; p++) positions.push(p)
    return false
  })
  return positions
}
