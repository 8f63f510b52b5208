import type { RawCommands } from '@tiptap/core'
import { agendaItemMoveTarget } from './helpers/agendaItemMoveTarget'
import { findTargetItem } from './helpers/findTargetItem'
import { moveNode } from './helpers/moveNode'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    moveAgendaItem: {
      /**
       * Moves the item holding the selection (or `itemId`) past its neighbour; at a group's edge
       * into the previous / next group. False at the document's edges.
       * @example editor.commands.moveAgendaItem('up')
       */
      moveAgendaItem: (direction: 'up' | 'down', options?: { itemId?: string }) => ReturnType
    }
  }
}

export const moveAgendaItem: RawCommands['moveAgendaItem'] =
  (direction, { itemId } = {}) =>
  ({ tr, dispatch }) => {
    const item = findTargetItem(tr, itemId)
    const target = item && agendaItemMoveTarget(tr.doc, item, direction === 'up')
    if (!item || target === undefined) return false
    if (dispatch) moveNode(tr, item, target)
    return true
  }
