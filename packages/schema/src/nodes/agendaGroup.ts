import { mergeAttributes, Node } from '@tiptap/core'
import { idAttribute } from '../helpers/idAttribute'

/** A numbered group of the agenda ("2. Regionalpolitiske sager"): a title, free text, items. */
export const AgendaGroup = Node.create({
  name: 'agendaGroup',
  group: 'documentPart',
  content: '(agendaTitle | agendaItem | block)*',
  defining: true,
  isolating: true,

  addAttributes() {
    return { id: idAttribute() }
  },

  parseHTML() {
    return [{ tag: 'section[data-type="agenda-group"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'agenda-group' }), 0]
  },
})
