import { markersInRange } from '../markersInRange'
import { nodesOfType } from './nodesOfType'
import type { Edit } from './Edit'
import { pick } from './pick'

/** Moves an item up, down, or into a group at some index, through the commands. */
export const moveItem: Edit = ({ editor, step }) => {
  const { doc } = editor.state
  const item = pick(nodesOfType(doc, 'agendaItem'), step.a)
  if (!item) return null
  const moved = markersInRange(doc, item.pos, item.pos + item.node.nodeSize)
  const itemId = String(item.node.attrs.id)
  const variant = step.c % 3
  if (variant < 2) {
    const direction = variant === 0 ? 'up' : 'down'
    const done = editor
      .chain()
      .setTextSelection(item.pos + 2)
      .moveAgendaItem(direction)
      .run()
    return done ? { description: `moves item ${itemId} ${direction}`, moved } : null
  }
  const group = pick(nodesOfType(doc, 'agendaGroup'), step.b)
  if (!group) return null
  const groupId = String(group.node.attrs.id)
  const index = (step.b >> 4) % (group.node.childCount + 1)
  const done = editor.commands.moveAgendaItemToGroup({ itemId, groupId, index })
  return done ? { description: `moves item ${itemId} into group ${groupId} at ${index}`, moved } : null
}
