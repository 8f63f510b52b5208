import { Extension } from '@tiptap/core'
import { MinutesCommands } from './commands'
import { defaultMinutesConfig, type MinutesConfigOptions } from './config'
import { minutesNodeExtensions } from './extensions'
import { MinutesNormalizer, type MinutesNormalizerOptions } from './normalizer'

export type MinutesOptions = MinutesConfigOptions & Pick<MinutesNormalizerOptions, 'isReady'>

/** Everything an editor of the minutes needs: nodes and marks, commands, normalizer. */
export const Minutes = Extension.create<MinutesOptions>({
  name: 'minutes',

  addOptions() {
    return { config: defaultMinutesConfig, isReady: () => true }
  },

  addExtensions() {
    const { config, isReady } = this.options
    return [
      ...minutesNodeExtensions(),
      MinutesCommands.configure({ config }),
      MinutesNormalizer.configure({ config, isReady }),
    ]
  },
})
