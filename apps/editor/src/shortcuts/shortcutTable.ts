import type { Editor } from '@tiptap/core'
import type { Strings } from '../i18n/strings'

export type ShortcutId = keyof Strings['help']['actions']

export interface Shortcut {
  id: ShortcutId
  /** ProseMirror key notation; `Mod` is Cmd on a Mac, Ctrl elsewhere. */
  keys: string
  /** What the app binds in the editor; absent when Tiptap binds it, or when it works page-wide (help). */
  run?: (editor: Editor) => boolean
  /** Also for viewers and finalized minutes: it only moves the cursor. */
  readOnly?: boolean
}

/*
 * Ctrl+Alt (Cmd+Option on a Mac) with letters that are no AltGr characters on a Danish keyboard
 * (not e, m or digits), not NVDA's Ctrl+Alt+N, not Chrome's developer keys (i, j, c, u) and not
 * macOS's Cmd+Option+D/H/M.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'nextDecision',
    keys: 'Mod-Alt-g',
    run: (editor) => editor.commands.goToNextDecision(),
    readOnly: true,
  },
  {
    id: 'suggestDecision',
    keys: 'Mod-Alt-s',
    run: (editor) => editor.commands.suggestDecisionFromRecommendation(),
  },
  {
    id: 'insertBilag',
    keys: 'Mod-Alt-b',
    run: (editor) => {
      editor.emit('openDialog', 'bilag')
      return true
    },
  },
  { id: 'insertItem', keys: 'Mod-Alt-p', run: (editor) => editor.commands.insertAgendaItem() },
  { id: 'help', keys: 'Mod-Alt-k' },
  { id: 'undo', keys: 'Mod-z' },
  { id: 'redo', keys: 'Mod-Shift-z' },
  { id: 'bold', keys: 'Mod-b' },
  { id: 'italic', keys: 'Mod-i' },
]

export const HELP_SHORTCUT = SHORTCUTS.find((s) => s.id === 'help')?.keys ?? 'Mod-Alt-k'
