/*
 * Every node and mark of the minutes schema, by role. The exporters are typed over these unions
 * (NodeMapping), so a name added here fails the build until each exporter handles it; a test
 * checks the lists against getMinutesSchema(), so a node added to the schema fails the tests.
 */
export const BLOCK_NODE_NAMES = [
  'doc',
  'meetingHeader',
  'attendance',
  'attendee',
  'agendaGroup',
  'agendaItem',
  'agendaTitle',
  'section',
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'tableHeader',
] as const

export const INLINE_NODE_NAMES = ['text', 'hardBreak', 'bilag'] as const

export const MARK_NAMES = ['bold', 'italic', 'link'] as const

export type BlockNodeName = (typeof BLOCK_NODE_NAMES)[number]
export type InlineNodeName = (typeof INLINE_NODE_NAMES)[number]
export type MarkName = (typeof MARK_NAMES)[number]
