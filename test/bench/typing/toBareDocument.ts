import type { JSONContent } from '@tiptap/core'

const PLAIN = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem'])
const PLAIN_MARKS = new Set(['bold', 'italic'])

const heading = (level: number, text: string): JSONContent => ({
  type: 'heading',
  attrs: { level },
  ...(text && { content: [{ type: 'text', text }] }),
})

const textOf = (node: JSONContent): string =>
  node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join('')

function inline(nodes: JSONContent[] = []): JSONContent[] {
  return nodes.flatMap((node): JSONContent[] => {
    if (node.type === 'hardBreak') return [node]
    const text = node.type === 'text' ? (node.text ?? '') : node.type === 'bilag' ? './.' : textOf(node)
    if (!text) return []
    const marks = node.marks?.filter((mark) => PLAIN_MARKS.has(mark.type))
    return [{ type: 'text', text, ...(marks?.length && { marks }) }]
  })
}

function blocks(node: JSONContent): JSONContent[] {
  const children = () => (node.content ?? []).flatMap(blocks)
  switch (node.type) {
    case 'agendaGroup':
    case 'agendaItem':
      return children()
    case 'agendaTitle':
      return [heading(2, textOf(node))]
    case 'section':
      return [heading(3, String(node.attrs?.heading || node.attrs?.kind || '')), ...children()]
    case 'meetingHeader':
      return [heading(1, String(node.attrs?.body ?? '')), ...children()]
    case 'attendance':
      return [{ type: 'bulletList', content: children() }]
    case 'attendee':
      return [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: inline([{ type: 'text', text: String(node.attrs?.name ?? '') }]) },
          ],
        },
      ]
    case 'table':
    case 'tableRow':
      return children()
    case 'tableCell':
    case 'tableHeader':
      return [{ type: 'paragraph', content: inline((node.content ?? []).flatMap((p) => p.content ?? [])) }]
    default:
      if (node.type && PLAIN.has(node.type)) {
        const content =
          node.type === 'paragraph' || node.type === 'heading' ? inline(node.content) : children()
        const level = node.type === 'heading' ? { attrs: { level: node.attrs?.level ?? 3 } } : {}
        return [{ type: node.type, ...level, ...(content.length && { content }) }]
      }
      return [{ type: 'paragraph', content: inline([{ type: 'text', text: textOf(node) }]) }]
  }
}

/**
 * The minutes as plain headings, paragraphs and lists, so a bare Tiptap schema keeps all of it: a bare
 * schema would make the Yjs binding delete our node types (and their text) from the shared document.
 */
export function toBareDocument(minutes: JSONContent): JSONContent {
  return { type: 'doc', content: (minutes.content ?? []).flatMap(blocks) }
}
