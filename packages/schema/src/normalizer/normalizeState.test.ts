import type { Node as PMNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { defaultMinutesConfig } from '../config'
import { getMinutesSchema } from '../getMinutesSchema'
import { normalizeState } from './normalizeState'
import { group, item, kkrMinutes, section, title } from './testing/minutesDoc'

const stateOf = (json: object) => EditorState.create({ doc: getMinutesSchema().nodeFromJSON(json) })

describe('normalizeState', () => {
  it('returns null for a well-formed document', () => {
    expect(normalizeState(stateOf(kkrMinutes()), defaultMinutesConfig)).toBeNull()
  })

  it('repairs a whole imported document at once, keeps every text, and is idempotent', () => {
    const broken = {
      type: 'doc',
      content: [
        { type: 'agendaGroup', content: [item('1.1'), title('Ekstra')] },
        {
          type: 'agendaItem',
          content: [
            section('beslutning', '', 'Godkendt.'),
            title('Sent'),
            section('beslutning', '', 'Også.'),
          ],
        },
        { ...group('3', { ...item('3.1'), attrs: { id: 'item-1.1' } }) },
      ],
    }
    const state = stateOf(broken)
    const tr = normalizeState(state, defaultMinutesConfig)!
    expect(() => tr.doc.check()).not.toThrow()
    expect(textblocks(tr.doc)).toEqual(textblocks(state.doc))
    const loose = tr.doc.child(1)
    expect(loose.firstChild!.type.name).toBe('agendaTitle')
    expect(loose.childCount).toBe(5)
    expect(loose.lastChild!.textBetween(0, loose.lastChild!.content.size, '|')).toBe('Godkendt.|Sent|Også.')
    expect(tr.doc.child(0).lastChild!.type.name).toBe('paragraph')
    expect(normalizeState(state.apply(tr), defaultMinutesConfig)).toBeNull()
  })
})

function textblocks(doc: PMNode): string[] {
  const texts: string[] = []
  doc.descendants((node) => {
    if (node.isTextblock && node.content.size) texts.push(node.textContent)
  })
  return texts.sort()
}
