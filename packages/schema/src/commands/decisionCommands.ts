import type { RawCommands } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { DECISION_STATUSES, type DecisionStatus } from '../config'
import type { DissentEntry, VoteRecord } from '../nodes/section'
import { findDecisionSection } from './helpers/findDecisionSection'
import { findTargetItem } from './helpers/findTargetItem'
import { updateDecision } from './helpers/updateDecision'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    decisionCommands: {
      /**
       * Sets the decision status of the item holding the selection (or `itemId`); '' clears it.
       * @example editor.commands.setDecisionStatus({ status: 'andet', statusText: 'Sendt i høring' })
       */
      setDecisionStatus: (options: {
        status: DecisionStatus | ''
        statusText?: string
        itemId?: string
      }) => ReturnType
      /**
       * Records a vote (member names or party letters), or `unanimous` ("enstemmigt", the lists
       * ignored); all lists empty and not unanimous clears it.
       * @example editor.commands.recordVote({ for: ['A', 'V'], against: ['O'], abstain: [] })
       */
      recordVote: (vote: VoteRecord & { itemId?: string }) => ReturnType
      /**
       * Adds a dissent ("ønskede sin stemme ført til protokol").
       * @example editor.commands.addDissent({ who: 'Jes Lunde (B)', text: 'Stemte imod.' })
       */
      addDissent: (dissent: DissentEntry & { itemId?: string }) => ReturnType
      /**
       * Removes the dissent at `index` (in the order they were added).
       * @example editor.commands.removeDissent({ index: 0, itemId: 'a' })
       */
      removeDissent: (options: { index: number; itemId?: string }) => ReturnType
      /**
       * Sets who did not take part in the item ("deltog ikke i behandlingen").
       * @example editor.commands.setNotParticipating({ names: ['Mogens Gade'] })
       */
      setNotParticipating: (options: { names: string[]; itemId?: string }) => ReturnType
    }
  }
}

const names = (list: unknown): string[] | null =>
  Array.isArray(list) && list.every((n) => typeof n === 'string')
    ? [...new Set(list.map((n: string) => n.trim()).filter(Boolean))]
    : null

export const setDecisionStatus: RawCommands['setDecisionStatus'] =
  ({ status, statusText = '', itemId }) =>
  (props) => {
    if (status !== '' && !(DECISION_STATUSES as readonly string[]).includes(status)) return false
    return updateDecision(itemId, () => ({ status, statusText }))(props)
  }

export const recordVote: RawCommands['recordVote'] =
  ({ itemId, ...vote }) =>
  (props) => {
    if (vote.unanimous === true) {
      return updateDecision(itemId, () => ({
        votes: { for: [], against: [], abstain: [], unanimous: true },
      }))(props)
    }
    const [pro, against, abstain] = [names(vote.for), names(vote.against), names(vote.abstain)]
    if (!pro || !against || !abstain) return false
    const votes = pro.length + against.length + abstain.length ? { for: pro, against, abstain } : null
    return updateDecision(itemId, () => ({ votes }))(props)
  }

export const addDissent: RawCommands['addDissent'] =
  ({ who, text, itemId }) =>
  (props) => {
    if (typeof who !== 'string' || !who.trim() || typeof text !== 'string') return false
    const entry = { who: who.trim(), text: text.trim() }
    const dissent = (s: PMNode) => [...(Array.isArray(s.attrs.dissent) ? s.attrs.dissent : []), entry]
    return updateDecision(itemId, (s) => ({ dissent: dissent(s) }))(props)
  }

export const removeDissent: RawCommands['removeDissent'] =
  ({ index, itemId }) =>
  (props) => {
    const item = findTargetItem(props.tr, itemId)
    const section = item && findDecisionSection(item, itemId ? undefined : props.tr.selection)
    const dissent: DissentEntry[] = Array.isArray(section?.node.attrs.dissent)
      ? section.node.attrs.dissent
      : []
    if (!Number.isInteger(index) || index < 0 || index >= dissent.length) return false
    return updateDecision(itemId, () => ({ dissent: dissent.filter((_, i) => i !== index) }))(props)
  }

export const setNotParticipating: RawCommands['setNotParticipating'] =
  ({ names: list, itemId }) =>
  (props) => {
    const notParticipating = names(list)
    return notParticipating ? updateDecision(itemId, () => ({ notParticipating }))(props) : false
  }
