import type { Node as PMNode } from '@tiptap/pm/model'

/** Nodes that are never joined, split or cut in two: in Yjs that is a delete + re-insert of their content. */
export const STRUCTURE_NODE_NAMES: ReadonlySet<string> = new Set([
  'section',
  'agendaItem',
  'agendaGroup',
  'agendaTitle',
  'meetingHeader',
  'attendance',
])

export function isStructureNode(node: PMNode): boolean {
  return STRUCTURE_NODE_NAMES.has(node.type.name)
}
