import { ImportError } from '../ImportError'
import { defaultVocabulary } from './defaultVocabulary'
import type { ImportVocabulary } from './ImportVocabulary'

const isStringRecord = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'string')

function sameShape(expected: unknown, value: unknown): boolean {
  if (typeof expected === 'string' || typeof expected === 'number') return typeof value === typeof expected
  if (Array.isArray(expected)) {
    if (!Array.isArray(value)) return false
    const sample: unknown = expected[0]
    return value.every((x) => (typeof sample === 'string' ? typeof x === 'string' : isStringRecord(x)))
  }
  return isStringRecord(value)
}

/**
 * Lays a partial vocabulary (parsed from JSON) over a base: each field given replaces the base's
 * field of that name. Unknown fields and wrong types are rejected with the field's name.
 */
export function mergeVocabulary(
  partial: unknown,
  base: ImportVocabulary = defaultVocabulary,
): ImportVocabulary {
  if (typeof partial !== 'object' || partial === null || Array.isArray(partial)) {
    throw new ImportError('The vocabulary must be a JSON object.')
  }
  const merged: Record<string, unknown> = { ...base }
  for (const [field, value] of Object.entries(partial)) {
    if (!(field in base)) throw new ImportError(`The vocabulary has an unknown field "${field}".`)
    if (!sameShape(base[field as keyof ImportVocabulary], value)) {
      throw new ImportError(`The vocabulary field "${field}" has the wrong type.`)
    }
    merged[field] = value
  }
  return merged as unknown as ImportVocabulary
}
