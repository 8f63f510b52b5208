import { Editor } from '@tiptap/core'
import { Minutes } from '../minutes'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestEditor, placeCursor } from './testing/createTestEditor'
import { expectDoc } from './testing/expectDoc'
import { doc, group, item, kkrItem, section } from './testing/minutesJSON'

let editor: Editor
afterEach(() => editor.destroy())

const minutes = (decision: Record<string, unknown> = {}, dated: Record<string, unknown> = {}) =>
  doc(
    group('g1', 'Sager', [
      kkrItem('a', 'Socialaftale', { baggrund: 'Baggrund A' }),
      item('b', 'Kulturkommune', [
        section('b-1', 'beslutning', 'Første møde', { date: '2013-04-10', ...decision }),
        section('b-2', 'beslutning', 'Andet møde', { date: '2013-04-24', ...dated }),
      ]),
      item('c', 'Uden beslutning', [section('c-baggrund', 'baggrund', 'Baggrund C')]),
    ]),
  )
const withDecisionA = (attrs: Record<string, unknown>) => {
  const json = minutes()
  json.content![0]!.content![1] = kkrItem('a', 'Socialaftale', { baggrund: 'Baggrund A' })
  json.content![0]!.content![1]!.content![4]!.attrs = {
    ...json.content![0]!.content![1]!.content![4]!.attrs,
    ...attrs,
  }
  return json
}

describe('setDecisionStatus', () => {
  it("sets status and status text on the decision of the cursor's item", () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Baggrund A')
    expect(editor.commands.setDecisionStatus({ status: 'andet', statusText: 'Sendt i høring' })).toBe(true)
    expectDoc(editor, withDecisionA({ status: 'andet', statusText: 'Sendt i høring' }))
    expect(editor.commands.setDecisionStatus({ status: '' })).toBe(true)
    expectDoc(editor, minutes())
  })

  it('targets the decision holding the cursor, else the last one, else the item given by id', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Første møde')
    editor.commands.setDecisionStatus({ status: 'udsat' })
    expectDoc(editor, minutes({ status: 'udsat' }))
    editor.commands.setDecisionStatus({ status: 'godkendt', itemId: 'b' })
    expectDoc(editor, minutes({ status: 'udsat' }, { status: 'godkendt' }))
  })

  it('rejects unknown statuses, items without a decision and a cursor outside items', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Baggrund A')
    expect(editor.commands.setDecisionStatus({ status: 'vedtaget' as 'godkendt' })).toBe(false)
    expect(editor.commands.setDecisionStatus({ status: 'godkendt', itemId: 'c' })).toBe(false)
    placeCursor(editor, 'Sager')
    expect(editor.commands.setDecisionStatus({ status: 'godkendt' })).toBe(false)
    expectDoc(editor, minutes())
  })
})

describe('decision commands with the whole minutes extension (normalizer and structure guard)', () => {
  it('change the decision attributes', () => {
    editor = new Editor({ extensions: [Minutes], content: minutes() })
    expect(editor.commands.setDecisionStatus({ status: 'udsat', itemId: 'a' })).toBe(true)
    expect(
      editor.commands.recordVote({ for: [], against: [], abstain: [], unanimous: true, itemId: 'a' }),
    ).toBe(true)
    expect(editor.commands.addDissent({ who: 'O', text: 'Imod.', itemId: 'a' })).toBe(true)
    expect(editor.commands.setNotParticipating({ names: ['Mogens Gade'], itemId: 'a' })).toBe(true)
    expect(editor.state.doc.firstChild?.child(1).child(4).attrs).toMatchObject({
      kind: 'beslutning',
      status: 'udsat',
      votes: { for: [], against: [], abstain: [], unanimous: true },
      dissent: [{ who: 'O', text: 'Imod.' }],
      notParticipating: ['Mogens Gade'],
    })
  })
})

describe('recordVote, addDissent, setNotParticipating', () => {
  it('record votes, append dissents and set who did not take part', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Baggrund A')
    expect(editor.commands.recordVote({ for: ['A', 'V', ' '], against: ['O'], abstain: ['Jes Lunde'] })).toBe(
      true,
    )
    expect(
      editor.commands.addDissent({ who: 'Jes Lunde (B)', text: 'Ønskede sin stemme ført til protokol.' }),
    ).toBe(true)
    expect(editor.commands.addDissent({ who: 'O', text: 'Stemte imod.' })).toBe(true)
    expect(editor.commands.setNotParticipating({ names: ['Mogens Gade', 'Mogens Gade'] })).toBe(true)
    expectDoc(
      editor,
      withDecisionA({
        votes: { for: ['A', 'V'], against: ['O'], abstain: ['Jes Lunde'] },
        dissent: [
          { who: 'Jes Lunde (B)', text: 'Ønskede sin stemme ført til protokol.' },
          { who: 'O', text: 'Stemte imod.' },
        ],
        notParticipating: ['Mogens Gade'],
      }),
    )
    expect(editor.commands.recordVote({ for: ['A'], against: ['O'], abstain: [], unanimous: true })).toBe(
      true,
    )
    expect(editor.state.doc.firstChild?.child(1).child(4).attrs.votes).toEqual({
      for: [],
      against: [],
      abstain: [],
      unanimous: true,
    })
    expect(editor.commands.recordVote({ for: [], against: [], abstain: [] })).toBe(true)
    expect(editor.state.doc.firstChild?.child(1).child(4).attrs.votes).toBeNull()
  })

  it('remove a dissent by its index and refuse an index that is not there', () => {
    editor = createTestEditor(minutes())
    editor.commands.addDissent({ who: 'A', text: 'Første.', itemId: 'a' })
    editor.commands.addDissent({ who: 'O', text: 'Anden.', itemId: 'a' })
    expect(editor.commands.removeDissent({ index: 2, itemId: 'a' })).toBe(false)
    expect(editor.commands.removeDissent({ index: -1, itemId: 'a' })).toBe(false)
    expect(editor.commands.removeDissent({ index: 0, itemId: 'a' })).toBe(true)
    expectDoc(editor, withDecisionA({ dissent: [{ who: 'O', text: 'Anden.' }] }))
  })

  it('reject malformed input and items without a decision', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Baggrund C')
    expect(editor.commands.recordVote({ for: ['A'], against: [], abstain: [] })).toBe(false)
    expect(editor.commands.addDissent({ who: 'A', text: 'x' })).toBe(false)
    expect(editor.commands.setNotParticipating({ names: ['A'] })).toBe(false)
    expect(editor.commands.addDissent({ who: ' ', text: 'x', itemId: 'a' })).toBe(false)
    expect(
      editor.commands.recordVote({ for: 'A' as unknown as string[], against: [], abstain: [], itemId: 'a' }),
    ).toBe(false)
    expectDoc(editor, minutes())
  })
})
