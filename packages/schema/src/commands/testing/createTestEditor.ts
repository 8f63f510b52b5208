import { Editor, type JSONContent } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { defaultMinutesConfig, type MinutesConfig } from '../../config'
import { minutesNodeExtensions } from '../../extensions'
import { MinutesCommands } from '../minutesCommands'

/** A headless editor with the minutes' nodes and commands, for tests. */
export function createTestEditor(content: JSONContent, config: MinutesConfig = defaultMinutesConfig): Editor {
  return new Editor({
    extensions: [...minutesNodeExtensions(), MinutesCommands.configure({ config })],
    content,
  })
}

/** Puts the cursor at the start of the first occurrence of `text` (plus `offset`). */
export function placeCursor(editor: Editor, text: string, offset = 0): void {
  let at = -1
  editor.state.doc.descendants((node, pos) => {
    const index = at === -1 && node.isText ? (node.text ?? '').indexOf(text) : -1
    if (index !== -1) at = pos + index + offset
  })
  if (at === -1) throw new Error(`Text not found: ${text}`)
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)))
}

/** The text of the textblock holding the cursor, and the types of its ancestors. */
export function cursorContext(editor: Editor): { text: string; path: string[]; id: unknown } {
  const { $from } = editor.state.selection
  const path = Array.from({ length: $from.depth + 1 }, (_, d) => $from.node(d).type.name)
  const holder = Array.from({ length: $from.depth }, (_, d) => $from.node($from.depth - d)).find(
    (n) => n.attrs.id,
  )
  return { text: $from.parent.textContent, path, id: holder?.attrs.id }
}
