import type { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestEditor, cursorContext, placeCursor } from './testing/createTestEditor'
import { expectDoc } from './testing/expectDoc'
import { doc, item, section } from './testing/minutesJSON'

let editor: Editor
afterEach(() => editor.destroy())

const sections = () => [
  section('s-baggrund', 'baggrund', 'Baggrund her'),
  section('s-indstilling', 'indstilling'),
  section('s-beslutning', 'beslutning', 'Godkendt.'),
]

describe('insertSection', () => {
  it('places the section by the configured order and puts the cursor in it', () => {
    editor = createTestEditor(doc(item('i1', 'Budget', sections())))
    placeCursor(editor, 'Baggrund her')
    expect(editor.commands.insertSection({ kind: 'oekonomi' })).toBe(true)
    const [baggrund, indstilling, beslutning] = sections()
    expectDoc(
      editor,
      doc(item('i1', 'Budget', [baggrund!, indstilling!, section('new', 'oekonomi'), beslutning!])),
    )
    expect(cursorContext(editor)).toMatchObject({
      path: ['doc', 'agendaItem', 'section', 'paragraph'],
      id: expect.any(String),
    })
    expect(editor.state.selection.$from.node(2).attrs.kind).toBe('oekonomi')
  })

  it('puts a kind that comes first before every section, after the title', () => {
    editor = createTestEditor(doc(item('i1', 'Budget', sections())))
    placeCursor(editor, 'Godkendt')
    editor.commands.insertSection({ kind: 'resume' })
    expectDoc(editor, doc(item('i1', 'Budget', [section('new', 'resume'), ...sections()])))
  })

  it('adds a second dated decision after the first, and unknown kinds last', () => {
    editor = createTestEditor(doc(item('i1', 'Budget', sections())))
    placeCursor(editor, 'Budget')
    editor.commands.insertSection({ kind: 'bemaerkning' })
    editor.commands.insertSection({
      kind: 'beslutning',
      heading: 'Beslutning i PUK den 24-04-2013',
      date: '2013-04-24',
    })
    const dated = section('new', 'beslutning', undefined, {
      heading: 'Beslutning i PUK den 24-04-2013',
      date: '2013-04-24',
    })
    expectDoc(editor, doc(item('i1', 'Budget', [...sections(), dated, section('new', 'bemaerkning')])))
  })

  it('only moves the cursor into an existing section of that kind, heading and date', () => {
    editor = createTestEditor(doc(item('i1', 'Budget', sections())))
    placeCursor(editor, 'Baggrund')
    expect(editor.commands.insertSection({ kind: 'beslutning' })).toBe(true)
    expectDoc(editor, doc(item('i1', 'Budget', sections())))
    expect(cursorContext(editor)).toMatchObject({ text: 'Godkendt.', id: 's-beslutning' })
    expect(editor.state.selection.$from.parentOffset).toBe(0)
  })

  it('uses the item given by id, and is false outside an item or for an unknown id', () => {
    editor = createTestEditor(
      doc({ type: 'meetingHeader', content: [{ type: 'paragraph' }] }, item('i1', 'Budget', sections())),
    )
    editor.commands.setTextSelection(1)
    expect(editor.commands.insertSection({ kind: 'noter' })).toBe(false)
    expect(editor.commands.insertSection({ kind: 'noter', itemId: 'nope' })).toBe(false)
    expect(editor.commands.insertSection({ kind: 'noter', itemId: 'i1' })).toBe(true)
    expect(editor.state.doc.child(1).lastChild?.attrs.kind).toBe('noter')
    expect(() => editor.state.doc.check()).not.toThrow()
  })
})
