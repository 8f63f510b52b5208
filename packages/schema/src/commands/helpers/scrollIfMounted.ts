import type { Editor } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'

/** Asks the view to scroll to the selection; a headless editor (server, importer) has nothing to scroll. */
export function scrollIfMounted(editor: Editor, tr: Transaction): void {
  // Tiptap reports `isDestroyed` for an editor that never had a view as well.
  if (!editor.isDestroyed) tr.scrollIntoView()
}
