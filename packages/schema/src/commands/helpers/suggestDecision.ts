import type { DecisionStatus } from '../../config'
import { decisionStatusOf } from './decisionStatusOf'
import { recommendationSentence } from './recommendationSentence'
import { toPastTense } from './toPastTense'

export interface DecisionSuggestion {
  /** The decision as the minutes word it: "KKR Nordjylland godkendte dagsordenen." */
  text: string
  status: DecisionStatus
}

// "at udvalget ikke godkender" → "Udvalget godkendte ikke": in a main clause the adverb follows the verb.
const CLAUSE_ADVERBS = new Set([
  'ikke',
  'også',
  'fortsat',
  'endvidere',
  'desuden',
  'samtidig',
  'hermed',
  'herefter',
])

/**
 * Turns a Danish recommendation ("Det indstilles, at KKR Nordjylland tager orienteringen til
 * efterretning.") into the past-tense decision ("KKR Nordjylland tog orienteringen til
 * efterretning."). Only the "indstilles/indstiller, at" sentence counts; null when there is none or
 * its verb is unknown (e.g. passive: "at dagsordenen godkendes").
 */
export function suggestDecision(recommendation: string): DecisionSuggestion | null {
  const sentence = recommendationSentence(recommendation)
  const clause = sentence && toPastTense(sentence)
  if (!clause) return null
  const cut = clause.subject.findLastIndex((w) => !CLAUSE_ADVERBS.has(w.toLowerCase())) + 1
  if (cut === 0) return null
  const adverbs = clause.subject.slice(cut)
  const [verb = '', ...rest] = clause.predicate
  const words = [...clause.subject.slice(0, cut), verb, ...adverbs, ...rest].join(' ')
  const text = `${words.charAt(0).toUpperCase()}${words.slice(1).replace(/[\s.,;:!?]+$/, '')}.`
  const negated = adverbs.some((w) => w.toLowerCase() === 'ikke')
  return { text, status: decisionStatusOf(clause.verbs, sentence, negated) }
}
