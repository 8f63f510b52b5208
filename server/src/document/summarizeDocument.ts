import type { JSONContent } from '@tiptap/core'
import { attendanceCounts, DECISION_SECTION_KIND, type AttendanceCounts } from '@referat/schema'
import type * as Y from 'yjs'
import { documentJSON } from './documentJSON'
import { approvalsOf, isFinalized } from './serverOwned'

export interface ItemStatus {
  id: string
  title: string
  decisionStatus: string
  approved: boolean
}

export interface DocumentSummary {
  finalized: boolean
  attendance: AttendanceCounts
  items: ItemStatus[]
}

const textOf = (node: JSONContent): string => node.text ?? (node.content ?? []).map(textOf).join('')

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
        const parts = item.content ?? []
        const decision = parts.find((p) => p.type === 'section' && p.attrs?.kind === DECISION_SECTION_KIND)
        const id = String(item.attrs?.id ?? '')
        return {
          id,
          title: textOf(parts.find((p) => p.type === 'agendaTitle') ?? {}),
          decisionStatus: String(decision?.attrs?.status ?? ''),
          approved: approvals.has(id),
        }
      }),
    }
  } finally {
    copy.destroy()
  }
}
