import { DECISION_SECTION_KIND } from '@referat/schema'
import type { Node as PMNode } from '@tiptap/pm/model'

/** The item's decision section the commands act on when given the item's id: its last one. */
export function lastDecisionSection(item: PMNode): PMNode | undefined {
  let decision: PMNode | undefined
  item.forEach((child) => {
    if (child.type.name === 'section' && child.attrs.kind === DECISION_SECTION_KIND) decision = child
  })
  return decision
}
