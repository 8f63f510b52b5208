export const LANGUAGES = ['da', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export const LANGUAGE_STORAGE_KEY = 'referat.language'

/** The language the user picked on this browser; Danish unless English was stored. */
export function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'da'
  } catch {
    return 'da'
  }
}
