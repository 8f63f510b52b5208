import { defaultMinutesConfig } from '@referat/schema'
import type { Edit } from './Edit'
import { nodesOfType } from './nodesOfType'
import { pick } from './pick'

/** Puts the cursor in an item and inserts a section of some configured kind (maybe one it has). */
export const insertSection: Edit = ({ editor, step }) => {
  const item = pick(nodesOfType(editor.state.doc, 'agendaItem'), step.a)
  const kind = pick(defaultMinutesConfig.sectionKinds, step.b)?.kind
  if (!item || !kind) return null
  const done = editor
    .chain()
    .setTextSelection(item.pos + 2)
    .insertSection({ kind })
    .run()
  return done ? { description: `inserts a ${kind} section into ${String(item.node.attrs.id)}` } : null
}
