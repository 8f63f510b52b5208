import type { Node as PMNode } from '@tiptap/pm/model'

export interface PlacedNode {
  node: PMNode
  /** Offset in the parent's content. */
  offset: number
}

/** The first section repeating an earlier one of the same kind, heading and date, with that earlier one. */
export function duplicateSection(item: PMNode): { first: PlacedNode; duplicate: PlacedNode } | null {
  const firsts = new Map<string, PlacedNode>()
  let found: { first: PlacedNode; duplicate: PlacedNode } | null = null
  item.forEach((node, offset) => {
    if (found || node.type.name !== 'section') return
    const key = JSON.stringify([node.attrs.kind, node.attrs.heading, node.attrs.date])
    const first = firsts.get(key)
    if (first) found = { first, duplicate: { node, offset } }
    else firsts.set(key, { node, offset })
  })
  return found
}
