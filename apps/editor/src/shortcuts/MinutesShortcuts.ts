import { Extension } from '@tiptap/core'
import { SHORTCUTS } from './shortcutTable'

/** A dialog the editor asks the app to open, e.g. from a shortcut. */
export type EditorDialog = 'bilag' | 'help'

declare module '@tiptap/core' {
  interface EditorEvents {
    openDialog: EditorDialog
  }
}

/** The app's own keyboard shortcuts, bound from the table the help dialog lists. */
export const MinutesShortcuts = Extension.create({
  name: 'minutesShortcuts',

  addKeyboardShortcuts() {
    return Object.fromEntries(
      SHORTCUTS.flatMap(({ keys, run, readOnly }) =>
        run ? [[keys, () => (readOnly || this.editor.isEditable) && run(this.editor)]] : [],
      ),
    )
  },
})
