import type { Editor, JSONContent } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import type { MinutesConfig } from '../config'
import { YJS_SYNC_META } from './helpers/isRemoteTransaction'
import { minutesNormalizerKey } from './helpers/normalizerKeys'
import { createMinutesEditor, group, item, outline, paragraph, section, title } from './testing/minutesDoc'

let editor: Editor

afterEach(() => editor.destroy())

const header: JSONContent = { type: 'meetingHeader', content: [paragraph('x')] }
const open = (...parts: JSONContent[]) =>
  (editor = createMinutesEditor({ type: 'doc', content: [header, ...parts] }))
/** A local edit far from what is being normalized: "!" typed into the header. */
const edit = () => editor.view.dispatch(editor.state.tr.insertText('!', 2))
const agendaNode = (id: string) => {
  let found: PMNode | undefined
  editor.state.doc.descendants((node) => {
    if (node.attrs.id === id) found = node
    return !found
  })
  return found!
}
const childTypes = (id: string) => {
  const types: string[] = []
  agendaNode(id).forEach((child) =>
    types.push(child.type.name === 'section' ? child.attrs.kind : child.type.name),
  )
  return types
}

describe('normalizer: titles', () => {
  it('inserts an empty title first in an item and a group that lack one', () => {
    open({
      type: 'agendaGroup',
      attrs: { id: 'g' },
      content: [{ ...item('1.1'), content: item('1.1').content!.slice(1) }],
    })
    edit()
    expect(childTypes('g')).toEqual(['agendaTitle', 'agendaItem'])
    expect(outline(editor.state.doc, 'item-1.1').title).toBe('')
    expect(childTypes('item-1.1')[0]).toBe('agendaTitle')
  })

  it('turns a second title in an item into a paragraph at the start of the following section', () => {
    const base = item('1.1')
    open({
      ...base,
      content: [base.content![0]!, base.content![1]!, title('Tilføjet titel'), ...base.content!.slice(2)],
    })
    edit()
    expect(outline(editor.state.doc, 'item-1.1')).toEqual({
      title: 'Punkt 1.1',
      sections: [
        ['baggrund', '1.1 baggrund'],
        ['indstilling', 'Tilføjet titel|1.1 indstilling'],
        ['sagsfremstilling', '1.1 sagsfremstilling'],
        ['beslutning', '1.1 beslutning'],
      ],
    })
  })

  it('puts a trailing second title at the end of the last section and removes an empty one', () => {
    const base = item('1.1')
    open({
      ...base,
      content: [...base.content!.slice(0, 2), title(), ...base.content!.slice(2), title('Sidst')],
    })
    edit()
    expect(childTypes('item-1.1')).toEqual([
      'agendaTitle',
      'baggrund',
      'indstilling',
      'sagsfremstilling',
      'beslutning',
    ])
    expect(outline(editor.state.doc, 'item-1.1').sections.at(-1)).toEqual([
      'beslutning',
      '1.1 beslutning|Sidst',
    ])
  })

  it("turns a second group title into the group's free text, in place", () => {
    open({ ...group('1', item('1.1')), content: [title('Gruppe 1'), title('Orientering'), item('1.1')] })
    edit()
    expect(childTypes('group-1')).toEqual(['agendaTitle', 'paragraph', 'agendaItem'])
    expect(agendaNode('group-1').child(1).textContent).toBe('Orientering')
  })
})

describe('normalizer: required sections', () => {
  it('inserts the missing ones, empty, where the config order puts them, moving nothing', () => {
    open({
      type: 'agendaItem',
      attrs: { id: 'i' },
      content: [title('Punkt'), section('beslutning', 'b', 'Godkendt.'), section('noter', 'n', 'note')],
    })
    const before = agendaNode('i')
    edit()
    expect(childTypes('i')).toEqual([
      'agendaTitle',
      'baggrund',
      'indstilling',
      'sagsfremstilling',
      'beslutning',
      'noter',
    ])
    const after = agendaNode('i')
    expect(after.child(4)).toBe(before.child(1))
    expect(after.child(5)).toBe(before.child(2))
    expect(after.child(1).childCount).toBe(1)
    expect(after.child(1).firstChild!.type.name).toBe('paragraph')
    expect(typeof after.child(1).attrs.id).toBe('string')
  })

  it('never reorders sections that are out of order', () => {
    open({
      type: 'agendaItem',
      attrs: { id: 'i' },
      content: [title('Punkt'), section('beslutning', 'b', 'B'), section('baggrund', 'a', 'A')],
    })
    edit()
    expect(childTypes('i')).toEqual([
      'agendaTitle',
      'beslutning',
      'baggrund',
      'indstilling',
      'sagsfremstilling',
    ])
  })

  it('takes required kinds and their order from the config', () => {
    const config: MinutesConfig = {
      sectionKinds: [
        { kind: 'sammendrag', label: 'Sammendrag', required: true, published: true },
        { kind: 'beslutning', label: 'Beslutning', required: true, published: true },
        { kind: 'baggrund', label: 'Baggrund', required: false, published: true },
      ],
    }
    editor = createMinutesEditor(
      { type: 'doc', content: [header, { type: 'agendaItem', attrs: { id: 'i' }, content: [title('P')] }] },
      config,
    )
    edit()
    expect(childTypes('i')).toEqual(['agendaTitle', 'sammendrag', 'beslutning'])
  })
})

describe('normalizer: duplicate sections', () => {
  const withSections = (...sections: JSONContent[]) =>
    open({ type: 'agendaItem', attrs: { id: 'i' }, content: [title('P'), ...sections] })

  it('deletes an empty duplicate, its decision attributes filling the empty ones of the first', () => {
    withSections(
      section('baggrund', 'a', 'A'),
      section('indstilling', 'c', 'C'),
      section('sagsfremstilling', 'd', 'D'),
      {
        ...section('beslutning', 'b1', 'Godkendt.'),
        attrs: { kind: 'beslutning', id: 'b1', statusText: 'x' },
      },
      {
        ...section('beslutning', 'b2', ''),
        attrs: {
          kind: 'beslutning',
          id: 'b2',
          status: 'godkendt',
          statusText: 'y',
          dissent: [{ who: 'A', text: 'T' }],
        },
      },
    )
    edit()
    expect(childTypes('i')).toEqual([
      'agendaTitle',
      'baggrund',
      'indstilling',
      'sagsfremstilling',
      'beslutning',
    ])
    const decision = agendaNode('b1')
    expect(decision.textContent).toBe('Godkendt.')
    expect(decision.attrs).toMatchObject({
      status: 'godkendt',
      statusText: 'x',
      dissent: [{ who: 'A', text: 'T' }],
    })
  })

  it("appends a non-empty duplicate's content to the first, then deletes it", () => {
    withSections(
      section('baggrund', 'a1', 'Første'),
      section('indstilling', 'c', 'C'),
      section('baggrund', 'a2', 'Anden', 'Tredje'),
      section('sagsfremstilling', 'd', 'D'),
      section('beslutning', 'b', 'B'),
    )
    edit()
    expect(outline(editor.state.doc, 'i').sections).toEqual([
      ['baggrund', 'Første|Anden|Tredje'],
      ['indstilling', 'C'],
      ['sagsfremstilling', 'D'],
      ['beslutning', 'B'],
    ])
  })

  it('keeps a duplicate with text in place of an empty first, moving no text', () => {
    withSections(
      { ...section('beslutning', 'b1', ''), attrs: { kind: 'beslutning', id: 'b1', status: 'udsat' } },
      section('beslutning', 'b2', 'Tekst'),
    )
    const typedInto = agendaNode('b2').firstChild
    edit()
    expect(agendaNode('b1')).toBeUndefined()
    expect(agendaNode('b2').firstChild).toBe(typedInto)
    expect(agendaNode('b2').attrs.status).toBe('udsat')
    expect(childTypes('i').filter((t) => t === 'beslutning')).toHaveLength(1)
  })

  it('keeps decisions of the same kind with different dates or headings (Syddjurs)', () => {
    const dated = (id: string, date: string) => ({
      ...section('beslutning', id, `Beslutning ${date}`),
      attrs: { kind: 'beslutning', id, date },
    })
    withSections(dated('b1', '2013-04-10'), dated('b2', '2013-04-24'), dated('b3', '2013-06-20'))
    edit()
    expect(childTypes('i').filter((t) => t === 'beslutning')).toHaveLength(3)
  })
})

describe('normalizer: ids', () => {
  it('gives nodes without an id, or with an id an earlier node has, a fresh one', () => {
    open(
      {
        type: 'attendance',
        content: [
          { type: 'attendee', attrs: { id: 'p', name: 'A' } },
          { type: 'attendee', attrs: { id: 'p', name: 'B' } },
          { type: 'attendee', attrs: { name: 'C' } },
        ],
      },
      { ...group('1', item('1.1'), item('1.1')), attrs: { id: null } },
    )
    edit()
    const ids: string[] = []
    const names: string[] = []
    editor.state.doc.descendants((node) => {
      if ('id' in node.attrs) ids.push(String(node.attrs.id))
      if (node.type.name === 'attendee') names.push(`${node.attrs.name}:${node.attrs.id}`)
      return node.type.name !== 'section'
    })
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).not.toContain('null')
    expect(names[0]).toBe('A:p')
    expect(itemIdsOf(editor.state.doc)[0]).toBe('item-1.1')
    expect(itemIdsOf(editor.state.doc)[1]).not.toBe('item-1.1')
  })
})

describe('normalizer: when it runs', () => {
  const titleless = { ...item('1.1'), content: item('1.1').content!.slice(1) }

  it('leaves transactions from Yjs alone, and repairs on the next local edit', () => {
    open(item('1.0'))
    const insert = editor.state.tr.insert(
      editor.state.doc.content.size,
      editor.schema.nodeFromJSON(titleless),
    )
    editor.view.dispatch(insert.setMeta(YJS_SYNC_META, { isChangeOrigin: true }))
    expect(childTypes('item-1.1')[0]).toBe('baggrund')
    edit()
    expect(childTypes('item-1.1')[0]).toBe('agendaTitle')
  })

  it('leaves its own transactions and selection-only transactions alone', () => {
    open(item('1.0'))
    const insert = editor.state.tr.insert(
      editor.state.doc.content.size,
      editor.schema.nodeFromJSON(titleless),
    )
    editor.view.dispatch(insert.setMeta(minutesNormalizerKey, true))
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 3)))
    expect(childTypes('item-1.1')[0]).toBe('baggrund')
  })

  it('repairs a local insertion in the same dispatch, and leaves a well-formed document as it is', () => {
    open(item('1.0'))
    const before = editor.state.doc
    edit()
    expect(editor.state.doc.child(1)).toBe(before.child(1))
    editor.commands.insertContentAt(editor.state.doc.content.size, titleless)
    expect(childTypes('item-1.1')).toEqual([
      'agendaTitle',
      'baggrund',
      'indstilling',
      'sagsfremstilling',
      'beslutning',
    ])
  })

  it('normalizes the whole document on the normalizeMinutes command', () => {
    open(titleless)
    editor.commands.normalizeMinutes()
    expect(childTypes('item-1.1')[0]).toBe('agendaTitle')
  })
})

function itemIdsOf(doc: PMNode): string[] {
  const ids: string[] = []
  doc.descendants((node) => {
    if (node.type.name === 'agendaItem') ids.push(String(node.attrs.id))
    return node.type.name !== 'agendaItem'
  })
  return ids
}
