import { nodesOfType } from './nodesOfType'
import type { Edit } from './Edit'
import { pick } from './pick'
import { pressKey } from './pressKey'

/** Puts the cursor right after a "./." marker and presses Backspace. */
export const deleteBilag: Edit = ({ editor, step }) => {
  const bilag = pick(nodesOfType(editor.state.doc, 'bilag'), step.a)
  if (!bilag) return null
  editor.commands.setTextSelection(bilag.pos + 1)
  pressKey(editor, 'Backspace')
  return { description: `deletes the bilag at ${bilag.pos}` }
}
