import { Extension } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { Awareness } from 'y-protocols/awareness'

export interface CurrentItemAwarenessOptions {
  /** Where the item id is published, as the local state field `item`. */
  awareness: Awareness | null
}

function itemIdAt(state: EditorState): string | null {
  const { $head } = state.selection
  for (let depth = $head.depth; depth > 0; depth--) {
    const node = $head.node(depth)
    if (node.type.name === 'agendaItem') return (node.attrs.id as string | null) ?? null
  }
  return null
}

/**
 * Publishes the id of the agenda item holding the caret, so others' outlines show who is where.
 * Only a changed id is published: moving within an item sends nothing.
 */
export const CurrentItemAwareness = Extension.create<CurrentItemAwarenessOptions>({
  name: 'currentItemAwareness',

  addOptions() {
    return { awareness: null }
  },

  addProseMirrorPlugins() {
    const { awareness } = this.options
    if (!awareness) return []
    let published: string | null | undefined
    const publish = (state: EditorState) => {
      const id = itemIdAt(state)
      if (id === published) return
      published = id
      awareness.setLocalStateField('item', id)
    }
    return [
      new Plugin({
        key: new PluginKey('currentItemAwareness'),
        view: () => ({
          update: (view, previous) => {
            if (view.state.selection !== previous.selection) publish(view.state)
          },
        }),
      }),
    ]
  },
})
