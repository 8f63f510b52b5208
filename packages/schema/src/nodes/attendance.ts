import { mergeAttributes, Node } from '@tiptap/core'

/** The attendance list (Deltagerfortegnelse): attendees, and free paragraphs for anything else. */
export const Attendance = Node.create({
  name: 'attendance',
  group: 'documentPart',
  content: '(attendee | block)*',
  defining: true,
  isolating: true,

  parseHTML() {
    return [{ tag: 'section[data-type="attendance"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'attendance' }), 0]
  },
})
