import type { Node as PMNode } from '@tiptap/pm/model'
import { coveredContentRule, coveredNodeRule, type CoveredRule } from './coveredNodeRule'

/** Delete from–to; with `emptyParagraph`, leave one empty paragraph there (a place for the cursor). */
export interface Deletion {
  from: number
  to: number
  emptyParagraph: boolean
}

/**
 * What deleting from–to means when no structure node may be joined: the text inside partially
 * covered textblocks and titles, and the nodes inside the range, except those the covered rules
 * keep. In document order, never overlapping.
 */
export function planDeletion(
  doc: PMNode,
  from: number,
  to: number,
  required: ReadonlySet<string>,
): Deletion[] {
  const plan: Deletion[] = []
  const visit = (parent: PMNode, contentStart: number) => {
    parent.forEach((child, offset) => {
      const start = contentStart + offset
      const end = start + child.nodeSize
      if (end <= from || start >= to) return
      let rule: CoveredRule = 'visit'
      if (from <= start && end <= to) rule = coveredNodeRule(child, parent, required)
      else if (child.isTextblock) {
        plan.push({ from: Math.max(from, start + 1), to: Math.min(to, end - 1), emptyParagraph: false })
        return
      } else if (from <= start + 1 && end - 1 <= to) rule = coveredContentRule(child)
      if (rule === 'visit') visit(child, start + 1)
      else if (rule === 'delete') plan.push({ from: start, to: end, emptyParagraph: false })
      else plan.push({ from: start + 1, to: end - 1, emptyParagraph: rule === 'emptyParagraph' })
    })
  }
  visit(doc, 0)
  return plan.filter((d) => d.from < d.to || d.emptyParagraph)
}
