import { numberAgenda, type DissentEntry, type VoteRecord } from '@referat/schema'
import type { EditorState } from '@tiptap/pm/state'
import { currentItem } from './currentItem'
import { lastDecisionSection } from './lastDecisionSection'
import { presentMembers, type Member } from './presentMembers'

/** What the decision panel shows of the item holding the selection. */
export interface DecisionSnapshot {
  itemId: string
  number: string
  title: string
  hasDecision: boolean
  status: string
  statusText: string
  votes: VoteRecord | null
  dissent: DissentEntry[]
  notParticipating: string[]
  members: Member[]
}

export function decisionSnapshot(state: EditorState): DecisionSnapshot | null {
  const item = currentItem(state)
  const itemId = item?.node.attrs.id as string | undefined
  if (!item || !itemId) return null
  const decision = lastDecisionSection(item.node)
  const attrs = decision?.attrs ?? {}
  const title = item.node.firstChild?.type.name === 'agendaTitle' ? item.node.firstChild.textContent : ''
  return {
    itemId,
    number: numberAgenda(state.doc).find((n) => n.pos === item.pos)?.number ?? '',
    title,
    hasDecision: Boolean(decision),
    status: String(attrs.status ?? ''),
    statusText: String(attrs.statusText ?? ''),
    votes: (attrs.votes as VoteRecord | null) ?? null,
    dissent: (attrs.dissent as DissentEntry[] | undefined) ?? [],
    notParticipating: (attrs.notParticipating as string[] | undefined) ?? [],
    members: presentMembers(state.doc),
  }
}
