import type { Node as PMNode } from '@tiptap/pm/model'

/** The first title after the leading one in an item or group, with its index and offset in the content. */
export function extraTitle(node: PMNode): { title: PMNode; index: number; offset: number } | null {
  let found: { title: PMNode; index: number; offset: number } | null = null
  node.forEach((child, offset, index) => {
    if (!found && index > 0 && child.type.name === 'agendaTitle') found = { title: child, index, offset }
  })
  return found
}
