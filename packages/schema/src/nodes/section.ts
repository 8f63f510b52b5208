import { mergeAttributes, Node } from '@tiptap/core'
import { idAttribute } from '../helpers/idAttribute'
import { jsonAttribute } from '../helpers/jsonAttribute'
import { textAttribute } from '../helpers/textAttribute'

/** A vote record: who voted for, against, or abstained (members or party letters). */
export interface VoteRecord {
  for: string[]
  against: string[]
  abstain: string[]
  /** "Enstemmigt": everyone taking part voted for; the lists are then empty. */
  unanimous?: boolean
}

/** "X ønskede sin stemme/mindretalsudtalelse ført til protokol". */
export interface DissentEntry {
  who: string
  text: string
}

/** Decision data, meaningful on a section of kind `beslutning`. */
export interface DecisionAttributes {
  /** One of DECISION_STATUSES, or empty while undecided. */
  status: string
  /** Free wording for status `andet`. */
  statusText: string
  votes: VoteRecord | null
  dissent: DissentEntry[]
  /** Members who did not take part in the item ("deltog ikke i behandlingen"). */
  notParticipating: string[]
}

/**
 * One section of an agenda item. There is a single section node type; `kind` says which
 * (baggrund, indstilling, …, from configuration). `heading` overrides the configured label, as
 * in Syddjurs' dated decisions ("Beslutning i … den 10-04-2013"), and `date` dates a decision.
 */
export const Section = Node.create({
  name: 'section',
  content: 'block*',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      id: idAttribute(),
      kind: textAttribute('kind', 'sagsfremstilling'),
      heading: textAttribute('heading'),
      date: textAttribute('date'),
      status: textAttribute('status'),
      statusText: textAttribute('status-text'),
      votes: jsonAttribute<VoteRecord | null>('votes', null),
      dissent: jsonAttribute<DissentEntry[]>('dissent', []),
      notParticipating: jsonAttribute<string[]>('not-participating', []),
    }
  },

  parseHTML() {
    return [{ tag: 'section[data-type="item-section"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'item-section' }), 0]
  },
})
