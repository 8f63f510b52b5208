import type { Editor } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestEditor, cursorContext, placeCursor } from './testing/createTestEditor'
import { expectDoc } from './testing/expectDoc'
import { doc, group, header, item, kkrItem, section } from './testing/minutesJSON'

let editor: Editor
afterEach(() => editor.destroy())

const minutes = () =>
  doc(
    header(),
    group('g1', 'Godkendelse', [
      kkrItem('a', 'Dagsorden', { indstilling: 'Indstilling A', beslutning: 'Beslutning A' }),
      item('b', 'Uden beslutning', [section('b-baggrund', 'baggrund', 'Baggrund B')]),
    ]),
    group('g2', 'Sager', [kkrItem('c', 'Klima', { baggrund: 'Baggrund C', beslutning: 'Beslutning C' })]),
  )

describe('goToNextDecision', () => {
  it("goes to the start of the current item's decision when the cursor is above it", () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Indstilling A', 5)
    expect(editor.commands.goToNextDecision()).toBe(true)
    expect(cursorContext(editor)).toMatchObject({ text: 'Beslutning A', id: 'a-beslutning' })
    expect(editor.state.selection.$from.parentOffset).toBe(0)
    expectDoc(editor, minutes())
  })

  it('skips items without a decision and crosses groups', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Beslutning A', 3)
    expect(editor.commands.goToNextDecision()).toBe(true)
    expect(cursorContext(editor)).toMatchObject({ text: 'Beslutning C', id: 'c-beslutning' })
  })

  it('is false after the last decision', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Beslutning C')
    expect(editor.commands.goToNextDecision()).toBe(false)
    expect(cursorContext(editor).text).toBe('Beslutning C')
  })

  it('does not ask a headless editor to scroll', () => {
    editor = createTestEditor(minutes())
    const transactions: Transaction[] = []
    editor.on('transaction', ({ transaction }) => transactions.push(transaction))
    editor.commands.goToNextDecision()
    expect(transactions).toHaveLength(1)
    expect(transactions[0]?.scrolledIntoView).toBe(false)
  })
})
