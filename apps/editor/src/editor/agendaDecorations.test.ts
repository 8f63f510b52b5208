// @vitest-environment happy-dom
import { Minutes } from '@referat/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { AgendaDecorations, agendaDecorationsKey, onlyTextChanged } from './agendaDecorations'

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const section = (kind: string, content: JSONContent[]): JSONContent => ({
  type: 'section',
  attrs: { id: `s-${kind}`, kind },
  content,
})
const minutes: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'agendaGroup',
      attrs: { id: 'g' },
      content: [
        { type: 'agendaTitle', content: [{ type: 'text', text: 'Sager' }] },
        {
          type: 'agendaItem',
          attrs: { id: 'a', caseNumber: 'SAG-2024-03326', caseOfficer: 'hlth' },
          content: [
            { type: 'agendaTitle', content: [{ type: 'text', text: 'Første' }] },
            section('indstilling', [
              {
                type: 'paragraph',
                content: [
                  { type: 'bilag', attrs: { title: 'Notat' } },
                  { type: 'text', text: ' Bilag' },
                ],
              },
            ]),
            section('beslutning', [paragraph('Godkendt.')]),
          ],
        },
      ],
    },
  ],
}

let editor: Editor | undefined
afterEach(() => editor?.destroy())

const mounted = (content: JSONContent) =>
  new Editor({ element: document.createElement('div'), extensions: [Minutes, AgendaDecorations], content })

/** Every decoration as from, to and what it shows, in document order. */
function shown(state: EditorState): string[] {
  return agendaDecorationsKey
    .getState(state)!
    .find()
    .map(
      (d) =>
        `${d.from}-${d.to} ${JSON.stringify((d as unknown as { type: { attrs?: unknown } }).type.attrs ?? d.spec.key)}`,
    )
}

/** The decorations a fresh editor computes for the same document. */
function recomputed(state: EditorState): string[] {
  const fresh = mounted(state.doc.toJSON())
  const result = shown(fresh.state)
  fresh.destroy()
  return result
}

function textPosition(text: string): number {
  let at = -1
  editor!.state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(text)) at = pos + node.text!.indexOf(text)
  })
  return at
}

describe('agenda decorations', () => {
  it('map on text edits and match a full recomputation', () => {
    editor = mounted(minutes)
    const before = agendaDecorationsKey.getState(editor.state)
    const tr = editor.state.tr.insertText('Sagen blev drøftet. ', textPosition('Godkendt.'))
    expect(onlyTextChanged(tr)).toBe(true)
    editor.view.dispatch(tr)
    editor.view.dispatch(editor.state.tr.insertText('Nyt ', textPosition('Første')))
    editor.view.dispatch(editor.state.tr.delete(textPosition('Bilag'), textPosition('Bilag') + 2))
    expect(agendaDecorationsKey.getState(editor.state)).not.toBe(before)
    expect(shown(editor.state)).toEqual(recomputed(editor.state))
  })

  it('recompute on structural changes: a split paragraph, a removed bilag, a changed attribute', () => {
    editor = mounted(minutes)
    const split = editor.state.tr.split(textPosition('Godkendt.') + 3)
    expect(onlyTextChanged(split)).toBe(false)
    editor.view.dispatch(split)
    const bilag = textPosition(' Bilag') - 1
    const removeBilag = editor.state.tr.delete(bilag, bilag + 1)
    expect(onlyTextChanged(removeBilag)).toBe(false)
    editor.view.dispatch(removeBilag)
    const itemPos = textPosition('Første') - 2
    editor.view.dispatch(editor.state.tr.setNodeAttribute(itemPos, 'caseOfficer', 'mbj'))
    expect(shown(editor.state)).toEqual(recomputed(editor.state))
    expect(shown(editor.state).some((d) => d.includes('mbj'))).toBe(true)
  })
})
