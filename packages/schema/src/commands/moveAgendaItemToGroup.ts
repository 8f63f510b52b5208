import type { RawCommands } from '@tiptap/core'
import { childrenOf } from './helpers/childrenOf'
import { endOf } from './helpers/endOf'
import { findNodeById } from './helpers/findNodeById'
import { moveNode } from './helpers/moveNode'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    moveAgendaItemToGroup: {
      /**
       * Moves an item into a group, to become its `index`-th item (0-based; default last).
       * @example editor.commands.moveAgendaItemToGroup({ itemId, groupId, index: 0 })
       */
      moveAgendaItemToGroup: (options: { itemId: string; groupId: string; index?: number }) => ReturnType
    }
  }
}

export const moveAgendaItemToGroup: RawCommands['moveAgendaItemToGroup'] =
  ({ itemId, groupId, index = Infinity }) =>
  ({ tr, dispatch }) => {
    const item = findNodeById(tr.doc, 'agendaItem', itemId)
    const group = findNodeById(tr.doc, 'agendaGroup', groupId)
    if (!item || !group || !(index >= 0)) return false
    if (!dispatch) return true
    const others = childrenOf(group, 'agendaItem').filter((c) => c.pos !== item.pos)
    moveNode(tr, item, others[Math.floor(index)]?.pos ?? endOf(group) - 1)
    return true
  }
