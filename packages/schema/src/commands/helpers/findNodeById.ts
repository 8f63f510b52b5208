import type { NodeWithPos } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'

/** The node of `typeName` whose `id` attribute is `id`. */
export function findNodeById(doc: PMNode, typeName: string, id: string): NodeWithPos | undefined {
  let found: NodeWithPos | undefined
  doc.descendants((node, pos) => {
    if (found) return false
    if (node.type.name === typeName && node.attrs.id === id) found = { node, pos }
    return !node.isTextblock
  })
  return found
}
