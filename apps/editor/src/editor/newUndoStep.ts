import type { Editor } from '@tiptap/core'
import { yUndoPluginKey } from '@tiptap/y-tiptap'

/** Ends the current undo step, so that a toolbar action is undone on its own, not with what came just before. */
export function newUndoStep(editor: Editor): void {
  const undo = yUndoPluginKey.getState(editor.state) as
    { undoManager?: { stopCapturing(): void } } | undefined
  undo?.undoManager?.stopCapturing()
}
