import type { EditorState } from '@tiptap/pm/state'
import type { Node as PMNode } from '@tiptap/pm/model'

/** The agenda item holding the selection, with its position. */
export function currentItem(state: EditorState): { node: PMNode; pos: number } | undefined {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (node.type.name === 'agendaItem') return { node, pos: $from.before(depth) }
  }
  return undefined
}
