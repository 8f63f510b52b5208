import type { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestEditor, placeCursor } from './testing/createTestEditor'
import { expectDoc } from './testing/expectDoc'
import { doc, group, header, item, section } from './testing/minutesJSON'

let editor: Editor
afterEach(() => editor.destroy())

const minutes = () =>
  doc(
    header('Program'),
    group('g1', 'Sager', [
      item('i1', 'Socialaftale', [section('s1', 'sagsfremstilling', 'Aftalen er vedlagt')]),
    ]),
  )

describe('insertBilag', () => {
  it('inserts the bilag atom with its attributes at the cursor inside a section', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Aftalen er vedlagt', 'Aftalen er vedlagt'.length)
    expect(editor.commands.insertBilag({ title: 'Socialaftale 2025-26', fileId: 'f1' })).toBe(true)
    const expected = minutes()
    const paragraph = expected.content![1]!.content![1]!.content![1]!.content![0]!
    paragraph.content = [
      { type: 'text', text: 'Aftalen er vedlagt' },
      { type: 'bilag', attrs: { title: 'Socialaftale 2025-26', fileId: 'f1', url: '', publishable: true } },
    ]
    expectDoc(editor, expected)
    expect(editor.getText()).toContain('Aftalen er vedlagt./.')
  })

  it('replaces selected text within the paragraph', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'vedlagt')
    const from = editor.state.selection.from
    editor.commands.setTextSelection({ from, to: from + 'vedlagt'.length })
    expect(editor.commands.insertBilag()).toBe(true)
    expect(editor.state.doc.nodeAt(from)?.type.name).toBe('bilag')
    expect(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', '[bilag]')).toContain(
      'Aftalen er [bilag]',
    )
  })

  it('is false in an agenda title and outside sections, and changes nothing', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Socialaftale')
    expect(editor.commands.insertBilag()).toBe(false)
    placeCursor(editor, 'Program')
    expect(editor.commands.insertBilag()).toBe(false)
    expectDoc(editor, minutes())
  })
})
