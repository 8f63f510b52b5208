import type { RawCommands } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { RECOMMENDATION_SECTION_KIND } from '../config'
import { childrenOf } from './helpers/childrenOf'
import { findDecisionSection } from './helpers/findDecisionSection'
import { findTargetItem } from './helpers/findTargetItem'
import { suggestDecision } from './helpers/suggestDecision'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestDecisionFromRecommendation: {
      /**
       * Fills the empty decision of the item holding the selection (or `itemId`) with its
       * recommendation in the past tense, and sets the status. Never overwrites: false when the
       * decision holds text, or when the recommendation yields no decision. Leaves the cursor at the
       * end of the suggestion.
       * @example editor.commands.suggestDecisionFromRecommendation()
       */
      suggestDecisionFromRecommendation: (options?: { itemId?: string }) => ReturnType
    }
  }
}

/** No text and no inline atom (a bilag marker is content too). */
function holdsNothing(section: PMNode): boolean {
  let empty = true
  section.descendants((child) => {
    if (child.isInline && (!child.isText || child.text?.trim())) empty = false
    return empty
  })
  return empty
}

export const suggestDecisionFromRecommendation: RawCommands['suggestDecisionFromRecommendation'] =
  ({ itemId } = {}) =>
  ({ tr, dispatch }) => {
    const item = findTargetItem(tr, itemId)
    const decision = item && findDecisionSection(item, itemId ? undefined : tr.selection)
    const recommendation =
      item && childrenOf(item, 'section').find((s) => s.node.attrs.kind === RECOMMENDATION_SECTION_KIND)
    if (!decision || !recommendation || !holdsNothing(decision.node)) return false
    const { node } = recommendation
    const suggestion = suggestDecision(node.textBetween(0, node.content.size, '\n', ''))
    if (!suggestion) return false
    if (dispatch) {
      const { schema } = tr.doc.type
      const paragraph = schema.node('paragraph', null, schema.text(suggestion.text))
      tr.replaceWith(decision.pos + 1, decision.pos + decision.node.nodeSize - 1, paragraph)
      tr.setNodeAttribute(decision.pos, 'status', suggestion.status)
      // At the end of the suggestion, to edit it; mapping alone would push a caret held there out of the item.
      tr.setSelection(TextSelection.create(tr.doc, decision.pos + paragraph.nodeSize))
    }
    return true
  }
