import { mergeAttributes, Node } from '@tiptap/core'
import { idAttribute } from '../helpers/idAttribute'
import { textAttribute } from '../helpers/textAttribute'

/**
 * An agenda item ("2.3. Aftale om Grønt Danmark"): its title, then sections. `closed` marks a
 * lukket punkt, left out of the public minutes.
 */
export const AgendaItem = Node.create({
  name: 'agendaItem',
  group: 'documentPart',
  content: '(agendaTitle | section)*',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      id: idAttribute(),
      caseNumber: textAttribute('case-number'),
      caseOfficer: textAttribute('case-officer'),
      closed: {
        default: false,
        parseHTML: (element) => element.getAttribute('data-closed') === 'true',
        renderHTML: (attributes) => ({ 'data-closed': String(Boolean(attributes.closed)) }),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'article[data-type="agenda-item"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['article', mergeAttributes(HTMLAttributes, { 'data-type': 'agenda-item' }), 0]
  },
})
