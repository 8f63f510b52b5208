import type { NodeWithPos } from '@tiptap/core'

/** The direct children of `parent` with their positions in the document. */
export function childrenOf(parent: NodeWithPos, typeName?: string): NodeWithPos[] {
  const start = parent.node.type.name === 'doc' ? 0 : parent.pos + 1
  const children: NodeWithPos[] = []
  parent.node.forEach((node, offset) => {
    if (!typeName || node.type.name === typeName) children.push({ node, pos: start + offset })
  })
  return children
}
