import type { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestEditor, cursorContext, placeCursor } from './testing/createTestEditor'
import { expectDoc } from './testing/expectDoc'
import { doc, group, kkrItem, sampleMinutes, title } from './testing/minutesJSON'

let editor: Editor
afterEach(() => editor.destroy())

describe('insertAgendaGroup', () => {
  it('inserts after the group holding the selection, with a fresh id, and selects the title', () => {
    editor = createTestEditor(doc(...sampleMinutes()))
    placeCursor(editor, 'Referat')
    expect(editor.commands.insertAgendaGroup({ title: 'Siden sidst' })).toBe(true)
    const [header, g1, g2] = sampleMinutes()
    expectDoc(
      editor,
      doc(header!, g1!, { type: 'agendaGroup', attrs: { id: 'new' }, content: [title('Siden sidst')] }, g2!),
    )
    expect(cursorContext(editor)).toMatchObject({
      text: 'Siden sidst',
      path: ['doc', 'agendaGroup', 'agendaTitle'],
    })
    expect(editor.state.selection.from).toBe(editor.state.selection.$from.end())
  })

  it('inserts at the end of the document when the selection is outside any group', () => {
    editor = createTestEditor(doc(kkrItem('i1', 'Løst punkt')))
    placeCursor(editor, 'Løst')
    expect(editor.commands.insertAgendaGroup()).toBe(true)
    expectDoc(
      editor,
      doc(kkrItem('i1', 'Løst punkt'), { type: 'agendaGroup', attrs: { id: 'new' }, content: [title()] }),
    )
    expect(cursorContext(editor).path).toEqual(['doc', 'agendaGroup', 'agendaTitle'])
  })

  it('gives every new group its own id', () => {
    editor = createTestEditor(doc(group('g1', 'Godkendelse', [])))
    editor.chain().insertAgendaGroup({ title: 'A' }).insertAgendaGroup({ title: 'B' }).run()
    const groups = editor.state.doc.content.content
    expect(new Set(groups.map((g) => g.attrs.id)).size).toBe(3)
    expect(groups.map((g) => g.textContent)).toEqual(['Godkendelse', 'A', 'B'])
    expect(() => editor.state.doc.check()).not.toThrow()
  })
})
