import type { Node as PMNode } from '@tiptap/pm/model'

export interface NodeAt {
  node: PMNode
  pos: number
}

/** Every node of the given type, with its position, in document order. */
export function nodesOfType(
  doc: PMNode,
  name: string,
  where: (node: PMNode) => boolean = () => true,
): NodeAt[] {
  const found: NodeAt[] = []
  doc.descendants((node, pos) => {
    if (node.type.name === name && where(node)) found.push({ node, pos })
  })
  return found
}
