import type { JSONContent } from '@tiptap/core'
import {
  approvalState,
  attendanceCounts,
  decisionFingerprint,
  decisionSectionOf,
  plainTextOf,
  type AttendanceCounts,
  type DissentEntry,
  type VoteRecord,
} from '@referat/schema'
import type * as Y from 'yjs'
import { documentJSON } from './documentJSON'
import { approvalsOf, isFinalized } from './serverOwned'

export interface ItemStatus {
  id: string
  title: string
  decisionStatus: string
  decisionText: string
  votes: VoteRecord | null
  dissent: DissentEntry[]
  notParticipating: string[]
  /** What an approval of this decision stores; it changes when the decision's text or status does. */
  decisionFingerprint: string
  /** Approved, and the decision unchanged since. */
  approved: boolean
  /** Approved, but the decision changed afterwards. */
  approvalVoid: boolean
}

export interface DocumentSummary {
  finalized: boolean
  attendance: AttendanceCounts
  items: ItemStatus[]
}

function items(nodes: JSONContent[]): JSONContent[] {
  return nodes.flatMap((node) =>
    node.type === 'agendaItem' ? [node] : node.type === 'agendaGroup' ? items(node.content ?? []) : [],
  )
}

/** Item list, decision status and attendance, read from a throwaway copy (conversion must not touch the live doc). */
export function summarizeDocument(live: Y.Doc): DocumentSummary {
  const { json, copy } = documentJSON(live)
  try {
    const approvals = approvalsOf(copy)
    const top = json.content ?? []
    return {
      finalized: isFinalized(copy),
      attendance: attendanceCounts(json),
      items: items(top).map((item) => {
        const decision = decisionSectionOf(item)
        const attrs = decision?.attrs ?? {}
        const id = String(item.attrs?.id ?? '')
        const fingerprint = decisionFingerprint(item)
        const approval = approvalState(approvals.get(id), fingerprint)
        return {
          id,
          title: plainTextOf(item.content?.find((p) => p.type === 'agendaTitle') ?? {}),
          decisionStatus: String(attrs.status ?? ''),
          decisionText: decision ? plainTextOf(decision) : '',
          votes: (attrs.votes as VoteRecord | null) ?? null,
          dissent: (attrs.dissent as DissentEntry[] | undefined) ?? [],
          notParticipating: (attrs.notParticipating as string[] | undefined) ?? [],
          decisionFingerprint: fingerprint,
          approved: approval === 'approved',
          approvalVoid: approval === 'void',
        }
      }),
    }
  } finally {
    copy.destroy()
  }
}
