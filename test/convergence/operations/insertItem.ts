import { textPositions } from '../textPositions'
import type { Edit } from './Edit'
import { pick } from './pick'

/** Puts the cursor somewhere and inserts an agenda item there; its title is a fresh marker. */
export const insertItem: Edit = ({ editor, step, nextMarker }) => {
  const pos = pick(textPositions(editor.state.doc), step.a)
  if (pos === undefined) return null
  const marker = nextMarker()
  const done = editor.chain().setTextSelection(pos).insertAgendaItem({ title: marker }).run()
  return done ? { description: `inserts item "${marker}" from cursor ${pos}`, typed: [marker] } : null
}
