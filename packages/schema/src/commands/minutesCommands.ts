import { Extension } from '@tiptap/core'
import { defaultMinutesConfig, type MinutesConfig } from '../config'

export interface MinutesCommandsOptions {
  /**
   * Section kinds and their order.
   * @default defaultMinutesConfig
   */
  config: MinutesConfig
}

/** Commands of the minutes: agenda structure, bilag markers and decisions. */
export const MinutesCommands = Extension.create<MinutesCommandsOptions>({
  name: 'minutesCommands',

  addOptions() {
    return { config: defaultMinutesConfig }
  },
})
