import type { JSONContent } from '@tiptap/core'
import { DECISION_SECTION_KIND } from '../config'

/** The item's decision section in document JSON: its last one (the latest, in an item treated at several meetings). */
export function decisionSectionOf(item: JSONContent): JSONContent | undefined {
  return (item.content ?? []).findLast((p) => p.type === 'section' && p.attrs?.kind === DECISION_SECTION_KIND)
}
