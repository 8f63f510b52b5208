import { Extension } from '@tiptap/core'
import { MinutesCommands } from './commands'
import { defaultMinutesConfig, type MinutesConfigOptions } from './config'
import { minutesNodeExtensions } from './extensions'
import { MinutesNormalizer } from './normalizer'

export type MinutesOptions = MinutesConfigOptions

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
