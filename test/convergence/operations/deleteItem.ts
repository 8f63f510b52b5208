import { NodeSelection } from '@tiptap/pm/state'
import { markersInRange } from '../markersInRange'
import { nodesOfType } from './nodesOfType'
import type { Edit } from './Edit'
import { pick } from './pick'
import { pressKey } from './pressKey'

/** Selects a whole agenda item and presses Backspace. */
export const deleteItem: Edit = ({ editor, step }) => {
  const { doc } = editor.state
  const item = pick(nodesOfType(doc, 'agendaItem'), step.a)
  if (!item) return null
  const end = item.pos + item.node.nodeSize
  const deleted = markersInRange(doc, item.pos, end)
  editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(doc, item.pos)))
  pressKey(editor, 'Backspace')
  return { description: `deletes item ${item.pos}–${end} (${String(item.node.attrs.id)})`, deleted }
}
