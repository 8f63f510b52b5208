import type { DecisionStatus } from '../../config'

const BY_VERB: [verb: string, status: DecisionStatus][] = [
  ['afviser', 'ikke-godkendt'],
  ['forkaster', 'ikke-godkendt'],
  ['udsætter', 'udsat'],
  ['udskyder', 'udsat'],
  ['godkender', 'godkendt'],
  ['vedtager', 'godkendt'],
  ['bevilger', 'godkendt'],
  ['tiltræder', 'tiltraadt'],
]
const APPROVING = new Set(['godkender', 'vedtager', 'bevilger', 'tiltræder'])

/**
 * The status a decision implies, from its main-clause verbs (present form): the strongest wins, so
 * "drøfter og godkender" is `godkendt`; "tager … til efterretning" is `taget-til-efterretning`.
 */
export function decisionStatusOf(verbs: string[], text: string, negated = false): DecisionStatus {
  if (negated) return APPROVING.has(verbs[0] ?? '') ? 'ikke-godkendt' : 'andet'
  const match = BY_VERB.find(([verb]) => verbs.includes(verb))
  if (match) return match[1]
  if (verbs.includes('tager') && /\btil efterretning\b/i.test(text)) return 'taget-til-efterretning'
  return 'andet'
}
