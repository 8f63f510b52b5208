import type { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestEditor, cursorContext, placeCursor } from './testing/createTestEditor'
import { expectDoc } from './testing/expectDoc'
import { doc, group, header, kkrItem } from './testing/minutesJSON'

let editor: Editor
afterEach(() => editor.destroy())

const a = () => kkrItem('a', 'Dagsorden', { beslutning: 'Godkendt.' }, { caseNumber: 'SAG-1', closed: true })
const b = () => kkrItem('b', 'Referat')
const c = () => kkrItem('c', 'Klima')
const minutes = (g1: ReturnType<typeof a>[], g2: ReturnType<typeof a>[]) =>
  doc(header(), group('g1', 'Godkendelse', g1), group('g2', 'Sager', g2))

describe('moveAgendaItem', () => {
  it('swaps with the next item in the group, keeping attributes, id and the cursor', () => {
    editor = createTestEditor(minutes([a(), b()], [c()]))
    placeCursor(editor, 'Godkendt.', 3)
    expect(editor.commands.moveAgendaItem('down')).toBe(true)
    expectDoc(editor, minutes([b(), a()], [c()]))
    expect(cursorContext(editor)).toMatchObject({ text: 'Godkendt.', id: 'a-beslutning' })
    expect(editor.state.selection.$from.parentOffset).toBe(3)
  })

  it('swaps with the previous item', () => {
    editor = createTestEditor(minutes([a(), b()], [c()]))
    placeCursor(editor, 'Referat')
    expect(editor.commands.moveAgendaItem('up')).toBe(true)
    expectDoc(editor, minutes([b(), a()], [c()]))
    expect(cursorContext(editor).text).toBe('Referat')
  })

  it('moves to the start of the next group at the group edge, and back to the end of the previous one', () => {
    editor = createTestEditor(minutes([a(), b()], [c()]))
    placeCursor(editor, 'Referat')
    expect(editor.commands.moveAgendaItem('down')).toBe(true)
    expectDoc(editor, minutes([a()], [b(), c()]))
    expect(editor.commands.moveAgendaItem('up')).toBe(true)
    expectDoc(editor, minutes([a(), b()], [c()]))
    expect(cursorContext(editor)).toMatchObject({ text: 'Referat', id: 'b' })
  })

  it('moves into an empty neighbouring group', () => {
    editor = createTestEditor(minutes([a()], []))
    placeCursor(editor, 'Dagsorden')
    expect(editor.commands.moveAgendaItem('down')).toBe(true)
    expectDoc(editor, minutes([], [a()]))
  })

  it('is false at the edges of the document and changes nothing', () => {
    editor = createTestEditor(minutes([a(), b()], [c()]))
    placeCursor(editor, 'Dagsorden')
    expect(editor.commands.moveAgendaItem('up')).toBe(false)
    placeCursor(editor, 'Klima')
    expect(editor.commands.moveAgendaItem('down')).toBe(false)
    placeCursor(editor, 'Godkendelse')
    expect(editor.commands.moveAgendaItem('down')).toBe(false)
    expectDoc(editor, minutes([a(), b()], [c()]))
  })

  it('moves loose items (no groups) among themselves, and an item given by id', () => {
    editor = createTestEditor(doc(header(), a(), b(), c()))
    placeCursor(editor, 'Klima')
    expect(editor.commands.moveAgendaItem('up', { itemId: 'a' })).toBe(false)
    expect(editor.commands.moveAgendaItem('down', { itemId: 'a' })).toBe(true)
    expectDoc(editor, doc(header(), b(), a(), c()))
    expect(cursorContext(editor).text).toBe('Klima')
  })
})

describe('moveAgendaItemToGroup', () => {
  it('moves an item to an index in another group', () => {
    editor = createTestEditor(minutes([a(), b()], [c()]))
    expect(editor.commands.moveAgendaItemToGroup({ itemId: 'a', groupId: 'g2', index: 0 })).toBe(true)
    expectDoc(editor, minutes([b()], [a(), c()]))
  })

  it('appends by default and reorders within the same group', () => {
    editor = createTestEditor(minutes([a(), b()], [c()]))
    expect(editor.commands.moveAgendaItemToGroup({ itemId: 'c', groupId: 'g1' })).toBe(true)
    expectDoc(editor, minutes([a(), b(), c()], []))
    expect(editor.commands.moveAgendaItemToGroup({ itemId: 'a', groupId: 'g1', index: 1 })).toBe(true)
    expectDoc(editor, minutes([b(), a(), c()], []))
  })

  it('is false for unknown ids or a negative index', () => {
    editor = createTestEditor(minutes([a(), b()], [c()]))
    expect(editor.commands.moveAgendaItemToGroup({ itemId: 'x', groupId: 'g2' })).toBe(false)
    expect(editor.commands.moveAgendaItemToGroup({ itemId: 'a', groupId: 'x' })).toBe(false)
    expect(editor.commands.moveAgendaItemToGroup({ itemId: 'a', groupId: 'g2', index: -1 })).toBe(false)
    expectDoc(editor, minutes([a(), b()], [c()]))
  })
})
