import type { Node as PMNode } from '@tiptap/pm/model'

/** The text of a group's or item's agendaTitle. */
export function titleOf(node: PMNode): string {
  let title = ''
  node.forEach((child) => {
    if (!title && child.type.name === 'agendaTitle') title = child.textContent.trim()
  })
  return title
}
