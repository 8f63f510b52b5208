import type { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestEditor, cursorContext, placeCursor } from './testing/createTestEditor'
import { expectDoc } from './testing/expectDoc'
import { doc, group, item, kkrItem, section } from './testing/minutesJSON'

let editor: Editor
afterEach(() => editor.destroy())

const recommendation =
  'Det indstilles, at KKR Nordjylland drøfter oplægget og tager orienteringen til efterretning.'
const minutes = (beslutning?: string, status = '') =>
  doc(
    group('g1', 'Sager', [
      item('a', 'Klima', withNotes(beslutning, status)),
      kkrItem('b', 'Passiv', passive),
    ]),
  )
const passive = { indstilling: 'Det indstilles, at dagsordenen godkendes.' }
const withNotes = (beslutning: string | undefined, status: string) => [
  {
    ...section('a-indstilling', 'indstilling', recommendation),
    content: [recommendation, 'Det blev bemærket, at KKR godkender planen.'].map((text) => ({
      type: 'paragraph',
      content: [{ type: 'text', text }],
    })),
  },
  section('a-beslutning', 'beslutning', beslutning, { status }),
]

describe('suggestDecisionFromRecommendation', () => {
  it('fills the empty decision with the recommendation in the past tense and sets the status', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Klima')
    expect(editor.commands.suggestDecisionFromRecommendation()).toBe(true)
    const decision = 'KKR Nordjylland drøftede oplægget og tog orienteringen til efterretning.'
    expectDoc(editor, minutes(decision, 'taget-til-efterretning'))
    expect(cursorContext(editor)).toMatchObject({ text: decision, path: expect.arrayContaining(['section']) })
    expect(editor.state.selection.$from.parentOffset).toBe(decision.length)
  })

  it('keeps the cursor in the item when it stood in the emptied decision', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Klima')
    editor.commands.goToNextDecision()
    expect(editor.commands.suggestDecisionFromRecommendation({ itemId: 'a' })).toBe(true)
    expect(cursorContext(editor).id).toBe('a-beslutning')
  })

  it('never overwrites a decision that has text', () => {
    editor = createTestEditor(minutes('Udsat til næste møde.'))
    expect(editor.commands.suggestDecisionFromRecommendation({ itemId: 'a' })).toBe(false)
    expectDoc(editor, minutes('Udsat til næste møde.'))
  })

  it('counts a lone bilag marker as content', () => {
    editor = createTestEditor(minutes())
    placeCursor(editor, 'Klima')
    editor.commands.goToNextDecision()
    expect(editor.commands.insertBilag()).toBe(true)
    const before = editor.getJSON()
    expect(editor.commands.suggestDecisionFromRecommendation()).toBe(false)
    expect(editor.getJSON()).toEqual(before)
  })

  it('is false when the recommendation yields no decision, or outside an item', () => {
    editor = createTestEditor(minutes())
    expect(editor.commands.suggestDecisionFromRecommendation({ itemId: 'b' })).toBe(false)
    placeCursor(editor, 'Sager')
    expect(editor.commands.suggestDecisionFromRecommendation()).toBe(false)
    expectDoc(editor, minutes())
  })
})
