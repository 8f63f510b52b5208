import { DECISION_STATUSES } from '@referat/schema'
import type { Edit } from './Edit'
import { nodesOfType } from './nodesOfType'
import { pick } from './pick'

/** Puts the cursor in an item and sets its decision status (sometimes clears it). */
export const setStatus: Edit = ({ editor, step }) => {
  const item = pick(nodesOfType(editor.state.doc, 'agendaItem'), step.a)
  if (!item) return null
  const status = pick(['', ...DECISION_STATUSES] as const, step.b) ?? ''
  const done = editor
    .chain()
    .setTextSelection(item.pos + 2)
    .setDecisionStatus({ status })
    .run()
  return done
    ? { description: `sets the decision status of ${String(item.node.attrs.id)} to "${status}"` }
    : null
}
