import { mergeAttributes, Node } from '@tiptap/core'
import { textAttribute } from '../helpers/textAttribute'

export const BILAG_MARKER = './.'

/**
 * The "./." marker in the text: an attachment (bilag) is enclosed. `publishable: false` keeps it
 * (and its entry in the item's Bilag list) out of the public minutes.
 */
export const Bilag = Node.create({
  name: 'bilag',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      title: textAttribute('title'),
      fileId: textAttribute('file-id'),
      url: textAttribute('url'),
      publishable: {
        default: true,
        parseHTML: (element) => element.getAttribute('data-publishable') !== 'false',
        renderHTML: (attributes) => ({ 'data-publishable': String(attributes.publishable !== false) }),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-type="bilag"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-type': 'bilag' }), BILAG_MARKER]
  },

  renderText() {
    return BILAG_MARKER
  },
})
