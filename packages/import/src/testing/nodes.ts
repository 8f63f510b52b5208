import type { JSONContent } from '@tiptap/core'
import { plainText } from '../helpers/plainText'

/** All nodes of a type, in document order. */
export function nodesOf(node: JSONContent, type: string, found: JSONContent[] = []): JSONContent[] {
  if (node.type === type) found.push(node)
  for (const child of node.content ?? []) nodesOf(child, type, found)
  return found
}

/** The plain text of every text node, joined by newlines. */
export function allText(node: JSONContent): string {
  return nodesOf(node, 'text')
    .map((t) => t.text)
    .join('\n')
}

export function sectionsOf(item: JSONContent): JSONContent[] {
  return (item.content ?? []).filter((c) => c.type === 'section')
}

export function titleText(node: JSONContent): string {
  const title = node.content?.find((c) => c.type === 'agendaTitle')
  return title ? plainText(title) : ''
}
