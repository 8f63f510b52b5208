import { Extension } from '@tiptap/core'
import { defaultMinutesConfig, type MinutesConfigOptions } from '../config'
import { addPluginsWhileHeadless } from './helpers/addPluginsWhileHeadless'
import { minutesNormalizerKey, structureGuardKey } from './helpers/normalizerKeys'
import { normalizeInto } from './helpers/normalizeInto'
import { normalizerPlugin } from './normalizerPlugin'
import { structureGuardPlugin } from './structureGuardPlugin'

export interface MinutesNormalizerOptions extends MinutesConfigOptions {
  /**
   * Whether the document is complete enough to normalize after local edits. A collaborative editor
   * answers false until its local (y-indexeddb) and remote state have synced: repairing a partial
   * document would insert titles and sections that then arrive twice.
   * @default () => true
   */
  isReady: () => boolean
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    minutesNormalizer: {
      /**
       * Normalizes the whole document now, e.g. once offline content (y-indexeddb) has synced; otherwise
       * that happens with the next local edit.
       */
      normalizeMinutes: () => ReturnType
    }
  }
}

/**
 * Keeps the minutes well-formed under concurrent editing: local edits never join, split or cut
 * sections, titles, items or groups, and after each local edit the normalizer restores titles and
 * required sections, merges duplicate sections and gives structural nodes unique ids.
 */
export const MinutesNormalizer = Extension.create<MinutesNormalizerOptions>({
  name: 'minutesNormalizer',

  addOptions() {
    return { config: defaultMinutesConfig, isReady: () => true }
  },

  addCommands() {
    return {
      normalizeMinutes:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) normalizeInto(tr, this.options.config)
          tr.setMeta(minutesNormalizerKey, true)
          return true
        },
    }
  },

  onBeforeCreate() {
    addPluginsWhileHeadless(this.editor, structureGuardKey, () => [
      structureGuardPlugin(this.editor, this.options.config),
      normalizerPlugin(this.options.config, this.options.isReady),
    ])
  },

  addProseMirrorPlugins() {
    return [
      structureGuardPlugin(this.editor, this.options.config),
      normalizerPlugin(this.options.config, this.options.isReady),
    ]
  },
})
