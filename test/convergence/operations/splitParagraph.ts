import { insertPositions } from '../insertPositions'
import type { Edit } from './Edit'
import { pick } from './pick'
import { pressKey } from './pressKey'

/** Presses Enter somewhere in a textblock (never inside a marker word). */
export const splitParagraph: Edit = ({ editor, step }) => {
  const pos = pick(insertPositions(editor.state.doc), step.a)
  if (pos === undefined) return null
  editor.commands.setTextSelection(pos)
  pressKey(editor, 'Enter')
  return { description: `presses Enter at ${pos}` }
}
