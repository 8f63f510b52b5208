import type { Node as PMNode } from '@tiptap/pm/model'
import { decisionStatusLabels, type DecisionStatus } from '../config'
import type { DissentEntry, VoteRecord } from '../nodes/section'
import { danishList } from './danishList'

export const UNANIMOUS_LINE = 'Enstemmigt vedtaget.'

/** The vote as the minutes print it, or undefined when none is recorded. */
export function voteLine(votes: VoteRecord | null): string | undefined {
  if (!votes) return undefined
  if (votes.unanimous) return UNANIMOUS_LINE
  const parts = [
    votes.for?.length ? `For stemte: ${danishList(votes.for)}.` : '',
    votes.against?.length ? `Imod stemte: ${danishList(votes.against)}.` : '',
    votes.abstain?.length ? `Undlod at stemme: ${danishList(votes.abstain)}.` : '',
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(' ') : undefined
}

/**
 * What a decision adds to its text, as protocol sentences: the status when the text is empty, votes,
 * who did not take part, and each dissent "ført til protokol".
 */
export function protocolLines(section: PMNode): string[] {
  const lines: string[] = []
  const status = String(section.attrs.status ?? '')
  if (section.textContent.trim() === '' && status) {
    const label =
      status === 'andet'
        ? String(section.attrs.statusText ?? '')
        : decisionStatusLabels[status as DecisionStatus]
    if (label) lines.push(`${label}.`)
  }
  const votes = voteLine(section.attrs.votes as VoteRecord | null)
  if (votes) lines.push(votes)
  const absent = (section.attrs.notParticipating as string[] | null) ?? []
  if (absent.length > 0) lines.push(`${danishList(absent)} deltog ikke i behandlingen af punktet.`)
  for (const d of (section.attrs.dissent as DissentEntry[] | null) ?? []) {
    if (!d?.who) continue
    const reason = d.text?.trim() ? ` med følgende begrundelse: ${d.text.trim()}` : '.'
    lines.push(`${d.who} ønskede sin stemme ført til protokol${reason}`)
  }
  return lines
}
