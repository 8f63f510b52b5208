import { t } from '../../i18n/strings'
import { ApiError } from './ApiError'

type ErrorKey = keyof typeof t.meetings.errors

// The server answers in English (packages/import ImportError, zod, @fastify/multipart); these are the known sentences.
const IMPORT_MESSAGES: [RegExp, ErrorKey][] = [
  [/input is empty/i, 'empty'],
  [/binary data/i, 'binary'],
  [/not a readable DOCX/i, 'docx'],
  [/PDF files/i, 'pdf'],
  [/more than the limit|too large/i, 'tooLarge'],
]

/** A Danish sentence for a failed API call (the English detail is logged by `createAdminApi`). */
export function apiErrorText(error: unknown): string {
  if (!(error instanceof ApiError)) return t.meetings.errors.unknown
  if (error.status === 0) return t.meetings.errors.network
  if (error.status === 401) return t.meetings.signIn.rejected
  if (error.status === 404) return t.meetings.errors.notFound
  if (error.status === 413) return t.meetings.errors.tooLarge
  if (error.status === 400) {
    const known = IMPORT_MESSAGES.find(([pattern]) => pattern.test(error.message))
    if (known) return t.meetings.errors[known[1]]
    return /^Import failed/.test(error.message) ? t.meetings.errors.importFailed : t.meetings.errors.invalid
  }
  return t.meetings.errors.unknown
}
