import type { Editor, JSONContent } from '@tiptap/core'
import { expect } from 'vitest'
import { withNewIds } from './minutesJSON'

/** Asserts the editor's document (fresh ids read as `new`) and that it satisfies the schema. */
export function expectDoc(editor: Editor, expected: JSONContent): void {
  expect(() => editor.state.doc.check()).not.toThrow()
  expect(withNewIds(editor.getJSON())).toEqual(expected)
}
