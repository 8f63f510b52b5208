import type { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultMinutesConfig, type MinutesConfig } from '../config'
import { agendaItemJSON } from './helpers/agendaItemJSON'
import { createTestEditor, cursorContext, placeCursor } from './testing/createTestEditor'
import { expectDoc } from './testing/expectDoc'
import { doc, group, item, kkrItem, sampleMinutes, section } from './testing/minutesJSON'

const newItem = (text: string, attrs = {}) =>
  item(
    'new',
    text,
    ['baggrund', 'indstilling', 'sagsfremstilling', 'beslutning'].map((k) => section('new', k)),
    attrs,
  )

describe('agendaItemJSON', () => {
  it('holds a title and one empty section per required kind, in configuration order, with fresh ids', () => {
    const config: MinutesConfig = {
      sectionKinds: [
        { kind: 'resume', label: 'Resumé', required: true, published: true },
        { kind: 'noter', label: 'Noter', required: false, published: false },
        { kind: 'beslutning', label: 'Beslutning', required: true, published: true },
      ],
    }
    const json = agendaItemJSON(config, { title: 'Budget', caseNumber: '12/27845', closed: true })
    expect(json.attrs).toMatchObject({ caseNumber: '12/27845', caseOfficer: '', closed: true })
    expect(json.content?.map((c) => c.attrs?.kind ?? c.type)).toEqual(['agendaTitle', 'resume', 'beslutning'])
    const ids = [json.attrs?.id, ...(json.content ?? []).slice(1).map((c) => c.attrs?.id)]
    expect(new Set(ids).size).toBe(3)
  })
})

describe('insertAgendaItem', () => {
  let editor: Editor
  afterEach(() => editor.destroy())

  it('inserts after the item holding the selection and selects its title', () => {
    editor = createTestEditor(doc(...sampleMinutes()))
    placeCursor(editor, 'Dagsorden')
    const attrs = { title: 'Ny sag', caseNumber: 'SAG-2024-03326', caseOfficer: 'hlth', closed: true }
    expect(editor.commands.insertAgendaItem(attrs)).toBe(true)
    const expectedGroup = group('g1', 'Godkendelse', [
      kkrItem('i1', 'Dagsorden'),
      newItem('Ny sag', { caseNumber: 'SAG-2024-03326', caseOfficer: 'hlth', closed: true }),
      kkrItem('i2', 'Referat'),
    ])
    const [header, , g2] = sampleMinutes()
    expectDoc(editor, doc(header!, expectedGroup, g2!))
    expect(cursorContext(editor)).toMatchObject({
      text: 'Ny sag',
      path: ['doc', 'agendaGroup', 'agendaItem', 'agendaTitle'],
    })
  })

  it('inserts at the end of the group holding the selection when it is in the group title', () => {
    editor = createTestEditor(doc(...sampleMinutes()))
    placeCursor(editor, 'Godkendelse')
    editor.commands.insertAgendaItem()
    const [header, , g2] = sampleMinutes()
    const g1 = group('g1', 'Godkendelse', [kkrItem('i1', 'Dagsorden'), kkrItem('i2', 'Referat'), newItem('')])
    expectDoc(editor, doc(header!, g1, g2!))
    expect(cursorContext(editor).path).toEqual(['doc', 'agendaGroup', 'agendaItem', 'agendaTitle'])
  })

  it('inserts at the end of the last group when the selection is in no group', () => {
    editor = createTestEditor(doc(...sampleMinutes()))
    editor.commands.setTextSelection(1)
    expect(cursorContext(editor).path).toEqual(['doc', 'meetingHeader', 'paragraph'])
    editor.commands.insertAgendaItem({ title: 'Sidst' })
    const [header, g1] = sampleMinutes()
    expectDoc(
      editor,
      doc(header!, g1!, group('g2', 'Regionalpolitiske sager', [kkrItem('i3', 'Klima'), newItem('Sidst')])),
    )
  })

  it('inserts at the end of the document when there are no groups, with sections from the configured kinds', () => {
    const config: MinutesConfig = {
      sectionKinds: defaultMinutesConfig.sectionKinds.map((k) => ({
        ...k,
        required: k.kind === 'beslutning',
      })),
    }
    editor = createTestEditor(doc({ type: 'meetingHeader', content: [{ type: 'paragraph' }] }), config)
    editor.commands.insertAgendaItem({ title: '715' })
    expect(editor.state.doc.lastChild?.toJSON()).toMatchObject({
      type: 'agendaItem',
      content: [{ type: 'agendaTitle' }, { type: 'section', attrs: { kind: 'beslutning' } }],
    })
    expect(editor.state.doc.lastChild?.childCount).toBe(2)
    expect(() => editor.state.doc.check()).not.toThrow()
  })
})
