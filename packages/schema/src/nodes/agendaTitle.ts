import { mergeAttributes, Node } from '@tiptap/core'

/** The editable title of an agenda group or item. Its number is computed, never stored. */
export const AgendaTitle = Node.create({
  name: 'agendaTitle',
  content: 'text*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: 'h2[data-type="agenda-title"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['h2', mergeAttributes(HTMLAttributes, { 'data-type': 'agenda-title' }), 0]
  },
})
