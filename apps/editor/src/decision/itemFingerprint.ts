import { decisionFingerprint, DECISION_SECTION_KIND } from '@referat/schema'
import type { Node as PMNode } from '@tiptap/pm/model'

/** The item's `decisionFingerprint`, serializing only its decision sections rather than the whole item. */
export function itemFingerprint(item: PMNode): string {
  const content: ReturnType<PMNode['toJSON']>[] = []
  item.forEach((child) => {
    if (child.type.name === 'section' && child.attrs.kind === DECISION_SECTION_KIND)
      content.push(child.toJSON())
  })
  return decisionFingerprint({ type: item.type.name, content })
}
