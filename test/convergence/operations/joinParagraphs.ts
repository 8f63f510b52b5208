import type { Edit } from './Edit'
import { pick } from './pick'
import { pressKey } from './pressKey'

/** Backspace at the start of a textblock, or Delete at its end. */
export const joinParagraphs: Edit = ({ editor, step }) => {
  const blocks: { start: number; end: number }[] = []
  editor.state.doc.descendants((node, pos) => {
    if (node.isTextblock) blocks.push({ start: pos + 1, end: pos + 1 + node.content.size })
    return !node.isTextblock
  })
  const block = pick(blocks, step.a)
  if (!block) return null
  const backward = step.c % 2 === 0
  const pos = backward ? block.start : block.end
  editor.commands.setTextSelection(pos)
  pressKey(editor, backward ? 'Backspace' : 'Delete')
  return { description: `presses ${backward ? 'Backspace' : 'Delete'} at ${pos}` }
}
