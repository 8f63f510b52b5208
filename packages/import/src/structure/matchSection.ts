import type { CompiledVocabulary } from '../vocabulary/compileVocabulary'
import type { LineClass } from './LineClass'
import { slugify } from '../helpers/slugify'
import { isoDate } from '../helpers/isoDate'

/** A section heading: a configured one, an extra one (kind = slug), or a dated decision heading. */
export function matchSection(text: string, key: string, v: CompiledVocabulary): LineClass | undefined {
  const heading = text.replace(/\s?:$/, '')
  const kind = v.sectionHeadings.get(key)
  if (kind) return { kind: 'section', sectionKind: kind, heading, date: '' }
  if (v.extraSectionHeadings.has(key))
    return { kind: 'section', sectionKind: slugify(heading), heading, date: '' }
  for (const pattern of v.decisionHeadings) {
    const match = pattern.exec(text)
    if (!match) continue
    const date = match.groups?.date ? (isoDate(match.groups.date, v.source.monthNames) ?? '') : ''
    return { kind: 'section', sectionKind: v.source.decisionKind, heading, date }
  }
  return undefined
}
