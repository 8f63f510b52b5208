import type { JSONContent } from '@tiptap/core'

/** Paragraphs for text whose lines are whole paragraphs (a table cell); one empty paragraph if none. */
export function paragraphsOf(text: string): JSONContent[] {
  const paragraphs = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }))
  return paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }]
}
