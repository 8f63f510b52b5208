import { mergeAttributes, Node } from '@tiptap/core'
import { textAttribute } from '../helpers/textAttribute'

/**
 * The head of the minutes: which body met, when and where. Its content holds free paragraphs
 * (programme, front matter). `firstItemNumber` starts the running number of items that stand
 * outside agenda groups (Syddjurs numbers its items 715, 716, … through the year).
 */
export const MeetingHeader = Node.create({
  name: 'meetingHeader',
  group: 'documentPart',
  content: 'block*',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      body: textAttribute('body'),
      title: textAttribute('title', 'Referat'),
      date: textAttribute('date'),
      startTime: textAttribute('start-time'),
      endTime: textAttribute('end-time'),
      place: textAttribute('place'),
      firstItemNumber: {
        default: 1,
        parseHTML: (element) => Number(element.getAttribute('data-first-item-number') ?? 1) || 1,
        renderHTML: (attributes) => ({ 'data-first-item-number': String(attributes.firstItemNumber) }),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'header[data-type="meeting-header"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['header', mergeAttributes(HTMLAttributes, { 'data-type': 'meeting-header' }), 0]
  },
})
