import type { JSONContent } from '@tiptap/core'
import {
  attendanceCounts,
  DECISION_SECTION_KIND,
  getMinutesSchema,
  numberAgenda,
  type AttendanceCounts,
} from '@referat/schema'
import { plainText } from '../helpers/plainText'

export interface ItemSummary {
  number: string
  title: string
  caseNumber: string
  initials: string
  sections: string[]
  /** Plain text of the item's last decision section. */
  decision: string
  decisionStatus: string
  /** Bilag markers in the item. */
  attachments: number
  closed: boolean
}

export interface GroupSummary {
  /** Empty for the one entry that gathers items standing outside any group. */
  number: string
  title: string
  items: ItemSummary[]
}

export interface MinutesSummary {
  attendance: AttendanceCounts
  groups: GroupSummary[]
}

function count(node: JSONContent, type: string): number {
  return (node.type === type ? 1 : 0) + (node.content ?? []).reduce((n, child) => n + count(child, type), 0)
}

function titleOf(node: JSONContent): string {
  const title = node.content?.find((c) => c.type === 'agendaTitle')
  return title ? plainText(title) : ''
}

function itemSummary(item: JSONContent, number: string): ItemSummary {
  const sections = (item.content ?? []).filter((c) => c.type === 'section')
  const decision = sections.filter((s) => s.attrs?.kind === DECISION_SECTION_KIND).pop()
  return {
    number,
    title: titleOf(item),
    caseNumber: String(item.attrs?.caseNumber ?? ''),
    initials: String(item.attrs?.caseOfficer ?? ''),
    sections: sections.map((s) => String(s.attrs?.kind ?? '')),
    decision: decision ? plainText(decision) : '',
    decisionStatus: String(decision?.attrs?.status ?? ''),
    attachments: count(item, 'bilag'),
    closed: Boolean(item.attrs?.closed),
  }
}

/** The facts of a minutes document, as the CLI's `--summary` prints them. */
export function summarize(docJSON: JSONContent): MinutesSummary {
  const numbers = numberAgenda(getMinutesSchema().nodeFromJSON(docJSON)).map((n) => n.number)
  let next = 0
  const groups: GroupSummary[] = []
  let loose: GroupSummary | undefined
  for (const part of docJSON.content ?? []) {
    if (part.type === 'agendaGroup') {
      const group: GroupSummary = { number: numbers[next++] ?? '', title: titleOf(part), items: [] }
      for (const item of part.content ?? []) {
        if (item.type === 'agendaItem') group.items.push(itemSummary(item, numbers[next++] ?? ''))
      }
      groups.push(group)
    } else if (part.type === 'agendaItem') {
      if (!loose) groups.push((loose = { number: '', title: '', items: [] }))
      loose.items.push(itemSummary(part, numbers[next++] ?? ''))
    }
  }
  return { attendance: attendanceCounts(docJSON), groups }
}
