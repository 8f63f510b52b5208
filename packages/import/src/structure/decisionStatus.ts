import type { CompiledVocabulary } from '../vocabulary/compileVocabulary'

const SAMPLE = 600

/** The status a decision's wording implies ("tog … til efterretning" → taget-til-efterretning), or ''. */
export function decisionStatus(text: string, v: CompiledVocabulary): string {
  const sample = text.slice(0, SAMPLE).replace(/\s+/g, ' ')
  return v.decisionStatuses.find((rule) => rule.pattern.test(sample))?.status ?? ''
}
