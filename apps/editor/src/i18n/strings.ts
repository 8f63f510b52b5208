import { da } from './da'
import { en } from './en'
import { storedLanguage, type Language } from './language'
import type { Strings } from './localeShape'

export type { Strings } from './localeShape'

/** The language of this page load; a change is stored and applied by reloading. */
export const language: Language = storedLanguage()

/** The strings of the chosen language; Danish unless English is chosen. */
export const t: Strings = language === 'en' ? en : da
