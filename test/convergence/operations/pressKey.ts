import type { Editor } from '@tiptap/core'

/** Presses a key the way the view does on keydown: through every plugin's key handlers. */
export function pressKey(editor: Editor, key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  return editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event)) ?? false
}
