import { Extension } from '@tiptap/core'
import { defaultMinutesConfig, type MinutesConfig } from '../config'

export interface MinutesNormalizerOptions {
  /**
   * Section kinds, which of them are required, and their order.
   * @default defaultMinutesConfig
   */
  config: MinutesConfig
}

/** Keeps the minutes well-formed under concurrent editing. */
export const MinutesNormalizer = Extension.create<MinutesNormalizerOptions>({
  name: 'minutesNormalizer',

  addOptions() {
    return { config: defaultMinutesConfig }
  },
})
