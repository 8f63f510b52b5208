import type { Command } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { findDecisionSection } from './findDecisionSection'
import { findTargetItem } from './findTargetItem'

/**
 * A command setting attributes on the decision section of the item holding the selection (the
 * decision holding it, else the latest), or of the item `itemId` (its latest decision). Creates
 * nothing: false when the item has no decision section.
 */
export function updateDecision(itemId: string | undefined, attrs: (section: PMNode) => object): Command {
  return ({ tr, dispatch }) => {
    const item = findTargetItem(tr, itemId)
    const section = item && findDecisionSection(item, itemId ? undefined : tr.selection)
    if (!section) return false
    // Attribute steps, not setNodeMarkup: its replace-around step reads as removing the section to the
    // structure guard, which then drops the change.
    if (dispatch) {
      for (const [name, value] of Object.entries(attrs(section.node)))
        tr.setNodeAttribute(section.pos, name, value)
    }
    return true
  }
}
