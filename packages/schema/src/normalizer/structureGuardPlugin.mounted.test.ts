// @vitest-environment happy-dom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { minutesNodeExtensions } from '../extensions'
import { numberAgenda } from '../numbering'
import { MinutesNormalizer } from './minutesNormalizer'
import { item, kkrMinutes, outline, posIn } from './testing/minutesDoc'

let editor: Editor

afterEach(() => editor.destroy())

function mount() {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [...minutesNodeExtensions(), MinutesNormalizer],
    content: kkrMinutes(),
  })
  expect(editor.view.dom.tagName).toBe('DIV')
}

describe('structure guard and normalizer in a mounted editor', () => {
  it('rewrites a cross-item delete dispatched on the real view', () => {
    mount()
    const { doc } = editor.state
    editor.view.dispatch(
      editor.state.tr.delete(posIn(doc, '2.1 beslutning', 4), posIn(doc, '2.2 baggrund', 4)),
    )
    expect(() => editor.state.doc.check()).not.toThrow()
    expect(numberAgenda(editor.state.doc).map((n) => n.id)).toEqual(numberAgenda(doc).map((n) => n.id))
    expect(outline(editor.state.doc, 'item-2.2').sections[0]).toEqual(['baggrund', 'baggrund'])
    expect(editor.view.state).toBe(editor.state)
  })

  it('rewrites Backspace over a cross-item selection', () => {
    mount()
    const from = posIn(editor.state.doc, '2.1 beslutning', 4)
    editor.commands.setTextSelection({ from, to: posIn(editor.state.doc, '2.2 baggrund', 4) })
    editor.view.dom.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Backspace', keyCode: 8, bubbles: true }),
    )
    expect(outline(editor.state.doc, 'item-2.1').sections.at(-1)).toEqual(['beslutning', '2.1 '])
    expect(outline(editor.state.doc, 'item-2.2').sections[0]).toEqual(['baggrund', 'baggrund'])
  })

  it('rewrites typing over a cross-item selection made through commands', () => {
    mount()
    const from = posIn(editor.state.doc, '2.1 beslutning', 4)
    editor.commands.setTextSelection({ from, to: posIn(editor.state.doc, '2.2 baggrund', 4) })
    editor.commands.insertContent('Godkendt.')
    expect(outline(editor.state.doc, 'item-2.1').sections.at(-1)).toEqual(['beslutning', '2.1 Godkendt.'])
    expect(outline(editor.state.doc, 'item-2.2').sections[0]).toEqual(['baggrund', 'baggrund'])
    expect(editor.state.selection.from).toBe(from + 'Godkendt.'.length)
  })

  it('normalizes after a local edit', () => {
    mount()
    editor.commands.insertContentAt(editor.state.doc.content.size, {
      ...item('9.9'),
      content: item('9.9').content!.slice(2),
    })
    expect(outline(editor.state.doc, 'item-9.9').sections.map(([kind]) => kind)).toEqual([
      'baggrund',
      'indstilling',
      'sagsfremstilling',
      'beslutning',
    ])
  })
})
