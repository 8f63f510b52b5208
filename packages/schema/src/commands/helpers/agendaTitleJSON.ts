import type { JSONContent } from '@tiptap/core'

/** An `agendaTitle` holding `title`, or an empty one. */
export function agendaTitleJSON(title = ''): JSONContent {
  return title ? { type: 'agendaTitle', content: [{ type: 'text', text: title }] } : { type: 'agendaTitle' }
}
