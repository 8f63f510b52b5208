import { PAST_TENSE_VERBS } from './pastTenseVerbs'

export interface PastTenseClause {
  /** Words of the subject ("KKR Nordjylland"), unchanged. */
  subject: string[]
  /** The predicate with its main-clause verbs in the past tense. */
  predicate: string[]
  /** The main-clause verbs that changed, in their present form. */
  verbs: string[]
}

const DASH = /^[-–—•*]$/
const SUBORDINATORS = new Set(['at', 'som', 'der', 'hvis', 'når', 'fordi', 'idet', 'hvor', 'hvilket', 'så'])
const COORDINATORS = new Set(['og', 'samt', 'eller'])
const PREPOSITIONS = new Set(['til', 'om', 'for', 'med', 'ved', 'på', 'af', 'uden', 'i', 'efter', 'mod'])

const bare = (word = '') => word.toLowerCase().replace(/^\P{L}+|\P{L}+$/gu, '')
const isVerb = (word?: string) => Object.hasOwn(PAST_TENSE_VERBS, bare(word))
/** ", at …", ", som …" and a bare "at …" (but not "til at …") open a subordinate clause. */
const opensSubordinate = (word: string, prev = '') =>
  SUBORDINATORS.has(bare(word)) && (bare(word) === 'at' ? !PREPOSITIONS.has(bare(prev)) : prev.endsWith(','))
/** "…, og <verb>" coordinates a new main clause. */
const coordinates = (said: string[]) =>
  (said.at(-2) ?? '').endsWith(',') && COORDINATORS.has(bare(said.at(-1)))

/**
 * Puts the main-clause verbs of a "…, at <subject> <verb> …" clause in the past tense. Verbs in
 * subordinate clauses (", at aftalen godkendes") stay; a dash-list item or ", og <verb>" starts a
 * main clause again. Null when the clause has no subject or no known verb.
 */
export function toPastTense(clause: string): PastTenseClause | null {
  const words = clause.split(' ')
  const dashItem = (i: number) => DASH.test(words[i] ?? '') && isVerb(words[i + 1])
  const first = words.findIndex(isVerb)
  const subject = words.slice(0, Math.max(first, 0)).filter((_, i) => !dashItem(i))
  if (subject.length === 0) return null
  const predicate: string[] = []
  const verbs: string[] = []
  let main = true
  for (let i = first; i < words.length; i += 1) {
    const word = words[i] ?? ''
    if (dashItem(i)) main = true
    else if (isVerb(word) && (main || coordinates(predicate))) {
      main = true
      verbs.push(bare(word))
      predicate.push(word.replace(/\p{L}+/u, PAST_TENSE_VERBS[bare(word)] ?? word))
    } else {
      if (main && opensSubordinate(word, predicate.at(-1))) main = false
      predicate.push(word)
    }
  }
  return { subject, predicate, verbs }
}
