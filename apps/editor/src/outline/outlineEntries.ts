import { approvalState, DECISION_SECTION_KIND, numberAgenda } from '@referat/schema'
import type { Node as PMNode } from '@tiptap/pm/model'
import { itemFingerprint } from '../decision/itemFingerprint'

export type DecisionState = 'none' | 'written' | 'approved' | 'void'

export interface OutlineEntry {
  id: string | null
  type: 'agendaGroup' | 'agendaItem'
  number: string
  title: string
  /** Items only. */
  decision?: DecisionState
}

function decisionWritten(item: PMNode): boolean {
  let written = false
  item.forEach((child) => {
    if (child.type.name !== 'section' || child.attrs.kind !== DECISION_SECTION_KIND) return
    if (child.attrs.status || child.textContent.trim()) written = true
  })
  return written
}

/**
 * Every group and item with its number, title and (for items) decision state; `approval` reads the
 * server's approvals map, an approval being void once the decision changed. No positions: they change
 * with every keystroke above an entry, and the outline re-renders only when an entry changes.
 */
export function outlineEntries(doc: PMNode, approval: (itemId: string) => unknown): OutlineEntry[] {
  return numberAgenda(doc).map(({ id, type, number, pos }) => {
    const node = doc.nodeAt(pos)
    const title = node?.firstChild?.type.name === 'agendaTitle' ? node.firstChild.textContent : ''
    const entry: OutlineEntry = { id, type, number, title }
    if (type === 'agendaItem' && node) {
      const approved = id ? approval(id) : undefined
      entry.decision = approved
        ? (approvalState(approved, itemFingerprint(node)) as 'approved' | 'void')
        : decisionWritten(node)
          ? 'written'
          : 'none'
    }
    return entry
  })
}
