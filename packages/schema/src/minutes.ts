import { Extension } from '@tiptap/core'
import { MinutesCommands } from './commands'
import { defaultMinutesConfig, type MinutesConfig } from './config'
import { minutesNodeExtensions } from './extensions'
import { MinutesNormalizer } from './normalizer'

export interface MinutesOptions {
  /**
   * Section kinds (which are required, their order, which are published).
   * @default defaultMinutesConfig
   */
  config: MinutesConfig
}

/** Everything an editor of the minutes needs: nodes and marks, commands, normalizer. */
export const Minutes = Extension.create<MinutesOptions>({
  name: 'minutes',

  addOptions() {
    return { config: defaultMinutesConfig }
  },

  addExtensions() {
    const { config } = this.options
    return [
      ...minutesNodeExtensions(),
      MinutesCommands.configure({ config }),
      MinutesNormalizer.configure({ config }),
    ]
  },
})
