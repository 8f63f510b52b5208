import { decisionFingerprint, Minutes } from '@referat/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { outlineEntries } from './outlineEntries'

const title = (text: string): JSONContent => ({ type: 'agendaTitle', content: [{ type: 'text', text }] })
const decision = (text: string): JSONContent => ({
  type: 'section',
  attrs: { kind: 'beslutning' },
  content: text ? [{ type: 'paragraph', content: [{ type: 'text', text }] }] : [{ type: 'paragraph' }],
})
const item = (id: string, name: string, decided: string): JSONContent => ({
  type: 'agendaItem',
  attrs: { id },
  content: [title(name), decision(decided)],
})

describe('outlineEntries', () => {
  let editor: Editor | undefined
  afterEach(() => editor?.destroy())

  it('numbers groups and items and tells each item’s decision state', () => {
    editor = new Editor({
      extensions: [Minutes],
      content: {
        type: 'doc',
        content: [
          {
            type: 'agendaGroup',
            attrs: { id: 'g1' },
            content: [title('Sager'), item('a', 'Første', ''), item('b', 'Anden', 'Godkendt.')],
          },
          item('c', 'Løst punkt', 'Taget til efterretning.'),
          item('d', 'Ændret', 'Godkendt med ændringer.'),
        ],
      },
    })
    const approvals: Record<string, object> = {
      c: {
        by: 'chair',
        fingerprint: decisionFingerprint(item('c', 'Løst punkt', 'Taget til efterretning.')),
      },
      d: { by: 'chair', fingerprint: decisionFingerprint(item('d', 'Ændret', 'Godkendt.')) },
    }
    const entries = outlineEntries(editor.state.doc, (id) => approvals[id])
    expect(entries.map(({ number, title: t, decision: d }) => [number, t, d])).toEqual([
      ['1', 'Sager', undefined],
      ['1.1', 'Første', 'none'],
      ['1.2', 'Anden', 'written'],
      ['1', 'Løst punkt', 'approved'],
      ['2', 'Ændret', 'void'],
    ])
  })
})
