import { insertPositions } from '../insertPositions'
import type { Edit } from './Edit'
import { pick } from './pick'

/** Puts the cursor in a paragraph and inserts a "./." marker there. */
export const insertBilag: Edit = ({ editor, step }) => {
  const pos = pick(
    insertPositions(editor.state.doc, (parent) => parent.type.name === 'paragraph'),
    step.a,
  )
  if (pos === undefined) return null
  const done = editor
    .chain()
    .setTextSelection(pos)
    .insertBilag({ title: `Bilag ${step.b % 100}` })
    .run()
  return done ? { description: `inserts a bilag at ${pos}` } : null
}
