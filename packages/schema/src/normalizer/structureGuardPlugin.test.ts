import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { numberAgenda } from '../numbering'
import { YJS_SYNC_META } from './helpers/isRemoteTransaction'
import {
  createMinutesEditor,
  item,
  itemIds,
  kkrMinutes,
  outline,
  paragraph,
  posIn,
  section,
  title,
} from './testing/minutesDoc'

let editor: Editor

afterEach(() => editor.destroy())

const numbers = () => numberAgenda(editor.state.doc).map((n) => `${n.number}:${n.id}`)
const ALL_NUMBERS = [
  '1:group-1',
  '1.1:item-1.1',
  '2:group-2',
  '2.1:item-2.1',
  '2.2:item-2.2',
  '2.3:item-2.3',
  '2.4:item-2.4',
]

function expectWellFormed() {
  expect(() => editor.state.doc.check()).not.toThrow()
}

describe('structure-preserving delete', () => {
  it('deletes from mid 2.1 Beslutning to mid 2.2 Baggrund without joining the items', () => {
    editor = createMinutesEditor(kkrMinutes())
    const { doc } = editor.state
    editor.view.dispatch(
      editor.state.tr.delete(posIn(doc, '2.1 beslutning', 4), posIn(doc, '2.2 baggrund', 4)),
    )
    expectWellFormed()
    expect(numbers()).toEqual(ALL_NUMBERS)
    expect(outline(editor.state.doc, 'item-2.1').sections.at(-1)).toEqual(['beslutning', '2.1 '])
    expect(outline(editor.state.doc, 'item-2.2')).toEqual({
      title: '',
      sections: [
        ['baggrund', 'baggrund'],
        ['indstilling', '2.2 indstilling'],
        ['sagsfremstilling', '2.2 sagsfremstilling'],
        ['beslutning', '2.2 beslutning'],
      ],
    })
  })

  it('does the same through editor.commands.deleteRange and deleteSelection', () => {
    editor = createMinutesEditor(kkrMinutes())
    const from = posIn(editor.state.doc, '2.1 beslutning', 4)
    const to = posIn(editor.state.doc, '2.2 baggrund', 4)
    editor.commands.deleteRange({ from, to })
    expectWellFormed()
    expect(numbers()).toEqual(ALL_NUMBERS)
    editor.commands.setContent(kkrMinutes())
    editor.commands.setTextSelection({ from, to })
    editor.commands.deleteSelection()
    expectWellFormed()
    expect(numbers()).toEqual(ALL_NUMBERS)
    expect(outline(editor.state.doc, 'item-2.1').sections.at(-1)).toEqual(['beslutning', '2.1 '])
    expect(editor.state.selection.from).toBe(from)
  })

  it('empties, but keeps, the required sections between two sections of one item; others go', () => {
    editor = createMinutesEditor(kkrMinutes())
    const notes = section('noter', '2.1-noter', 'live notes')
    editor.commands.setContent({
      type: 'doc',
      content: [
        {
          ...item('2.1'),
          content: [...item('2.1').content!.slice(0, 2), notes, ...item('2.1').content!.slice(2)],
        },
      ],
    })
    const { doc } = editor.state
    editor.view.dispatch(
      editor.state.tr.delete(posIn(doc, '2.1 baggrund', 6), posIn(doc, '2.1 beslutning', 6)),
    )
    expectWellFormed()
    expect(outline(editor.state.doc, 'item-2.1').sections).toEqual([
      ['baggrund', '2.1 ba'],
      ['indstilling', ''],
      ['sagsfremstilling', ''],
      ['beslutning', 'slutning'],
    ])
    const ids: string[] = []
    editor.state.doc.descendants((node) => {
      if (node.type.name === 'section') ids.push(String(node.attrs.id))
    })
    expect(ids).toEqual(['2.1-baggrund', '2.1-indstilling', '2.1-sagsfremstilling', '2.1-beslutning'])
  })

  it('removes whole items inside the range and keeps the two it cuts', () => {
    editor = createMinutesEditor(kkrMinutes())
    const { doc } = editor.state
    editor.view.dispatch(
      editor.state.tr.delete(posIn(doc, '2.1 beslutning', 4), posIn(doc, '2.4 baggrund', 4)),
    )
    expectWellFormed()
    expect(itemIds(editor.state.doc)).toEqual(['item-1.1', 'item-2.1', 'item-2.4'])
    expect(numbers()).toEqual(['1:group-1', '1.1:item-1.1', '2:group-2', '2.1:item-2.1', '2.2:item-2.4'])
  })

  it('removes whole groups inside the range and keeps the groups it cuts', () => {
    editor = createMinutesEditor({
      ...kkrMinutes(),
      content: [
        ...kkrMinutes().content!,
        { type: 'agendaGroup', attrs: { id: 'group-3' }, content: [item('3.1')] },
      ],
    })
    const { doc } = editor.state
    editor.view.dispatch(
      editor.state.tr.delete(posIn(doc, '1.1 beslutning', 4), posIn(doc, '3.1 baggrund', 4)),
    )
    expectWellFormed()
    expect(numbers()).toEqual(['1:group-1', '1.1:item-1.1', '2:group-3', '2.1:item-3.1'])
  })

  it('puts text typed over a cross-item selection at its start, cursor after it', () => {
    editor = createMinutesEditor(kkrMinutes())
    const from = posIn(editor.state.doc, '2.1 beslutning', 4)
    const to = posIn(editor.state.doc, '2.3 sagsfremstilling', 4)
    editor.commands.setTextSelection({ from, to })
    editor.view.dispatch(editor.state.tr.insertText('Godkendt.', from, to))
    expectWellFormed()
    expect(itemIds(editor.state.doc)).toEqual(['item-1.1', 'item-2.1', 'item-2.3', 'item-2.4'])
    expect(outline(editor.state.doc, 'item-2.1').sections.at(-1)).toEqual(['beslutning', '2.1 Godkendt.'])
    expect(outline(editor.state.doc, 'item-2.3').sections).toEqual([
      ['baggrund', ''],
      ['indstilling', ''],
      ['sagsfremstilling', 'sagsfremstilling'],
      ['beslutning', '2.3 beslutning'],
    ])
    expect(editor.state.selection.from).toBe(from + 'Godkendt.'.length)
  })

  it('flattens content pasted over a cross-item selection into the section where it starts', () => {
    editor = createMinutesEditor(kkrMinutes())
    const { doc } = editor.state
    const copied = doc.slice(posIn(doc, '1.1 baggrund', 4), posIn(doc, '1.1 indstilling', 4))
    const from = posIn(doc, '2.1 beslutning', 4)
    editor.view.dispatch(editor.state.tr.replace(from, posIn(doc, '2.2 baggrund', 4), copied))
    expectWellFormed()
    expect(numbers()).toEqual(ALL_NUMBERS)
    expect(outline(editor.state.doc, 'item-2.1').sections.at(-1)).toEqual([
      'beslutning',
      '2.1 |baggrund|1.1 ',
    ])
  })

  it('flattens a cross-section paste at a cursor instead of splitting the section', () => {
    editor = createMinutesEditor(kkrMinutes())
    const { doc } = editor.state
    const copied = doc.slice(posIn(doc, '1.1 baggrund', 4), posIn(doc, '1.1 indstilling', 4))
    const at = posIn(doc, '2.1 beslutning', 4)
    editor.view.dispatch(editor.state.tr.replace(at, at, copied))
    expectWellFormed()
    expect(outline(editor.state.doc, 'item-2.1').sections.map(([kind]) => kind)).toEqual([
      'baggrund',
      'indstilling',
      'sagsfremstilling',
      'beslutning',
    ])
    expect(outline(editor.state.doc, 'item-2.1').sections.at(-1)).toEqual([
      'beslutning',
      '2.1 |baggrund|1.1 beslutning',
    ])
  })

  it('keeps the ordinary join inside one section', () => {
    editor = createMinutesEditor({
      type: 'doc',
      content: [
        { ...item('2.1'), content: [item('2.1').content![0]!, section('baggrund', 'b', 'første', 'anden')] },
      ],
    })
    const { doc } = editor.state
    editor.view.dispatch(editor.state.tr.delete(posIn(doc, 'første', 3), posIn(doc, 'anden', 2)))
    expectWellFormed()
    const baggrund = editor.state.doc.firstChild!.child(1)
    expect(baggrund.childCount).toBe(1)
    expect(baggrund.textContent).toBe('førden')
  })

  it('keeps a title when Backspace-style deletion reaches across its boundary', () => {
    editor = createMinutesEditor(kkrMinutes())
    const { doc } = editor.state
    const end = posIn(doc, 'Punkt 2.2', 'Punkt 2.2'.length)
    editor.view.dispatch(editor.state.tr.delete(end, end + 3))
    expectWellFormed()
    expect(numbers()).toEqual(ALL_NUMBERS)
    expect(outline(editor.state.doc, 'item-2.2').title).toBe('Punkt 2.2')
    expect(outline(editor.state.doc, 'item-2.2').sections[0]).toEqual(['baggrund', '2.2 baggrund'])
  })

  it('keeps the header it cuts into and the attendance it covers, emptied; removes the groups', () => {
    editor = createMinutesEditor(kkrMinutes())
    const { doc } = editor.state
    editor.view.dispatch(editor.state.tr.delete(posIn(doc, 'Mødested', 3), doc.content.size))
    expectWellFormed()
    const parts: string[] = []
    editor.state.doc.forEach((part) => parts.push(`${part.type.name}:${part.childCount}:${part.textContent}`))
    expect(parts).toEqual(['meetingHeader:1:Mød', 'attendance:0:'])
    expect(editor.state.doc.firstChild!.attrs.body).toBe('KKR Nordjylland')
  })

  it('empties, never removes, a title or required section deleted whole; other sections go', () => {
    editor = createMinutesEditor(kkrMinutes())
    const sectionRange = (id: string) => {
      let range: [number, number] = [0, 0]
      editor.state.doc.descendants((node, pos) => {
        if (node.attrs.id === id && node.type.name === 'section') range = [pos, pos + node.nodeSize]
      })
      return range
    }
    const titleStart = posIn(editor.state.doc, 'Punkt 2.2', 0)
    editor.commands.setTextSelection({ from: titleStart, to: titleStart + 'Punkt 2.2'.length })
    editor.commands.deleteSelection()
    editor.view.dispatch(editor.state.tr.delete(...sectionRange('2.2-indstilling')))
    editor.commands.insertContentAt(sectionRange('2.2-beslutning')[1], section('noter', '2.2-noter', 'note'))
    editor.view.dispatch(editor.state.tr.delete(...sectionRange('2.2-noter')))
    expectWellFormed()
    expect(outline(editor.state.doc, 'item-2.2')).toEqual({
      title: '',
      sections: [
        ['baggrund', '2.2 baggrund'],
        ['indstilling', ''],
        ['sagsfremstilling', '2.2 sagsfremstilling'],
        ['beslutning', '2.2 beslutning'],
      ],
    })
    expect(sectionRange('2.2-indstilling')[1]).toBeGreaterThan(0)
  })

  it('lets table commands remove whole cells', () => {
    const cell = (text: string) => ({ type: 'tableCell', content: [paragraph(text)] })
    const row = (...texts: string[]) => ({ type: 'tableRow', content: texts.map(cell) })
    editor = createMinutesEditor({
      type: 'doc',
      content: [
        {
          type: 'agendaItem',
          attrs: { id: 'i' },
          content: [
            title('P'),
            {
              ...section('baggrund', 'b'),
              content: [{ type: 'table', content: [row('a', 'b'), row('c', 'd')] }],
            },
          ],
        },
      ],
    })
    const { doc } = editor.state
    const tr = editor.state.tr
    for (const text of ['d', 'b']) {
      const at = posIn(doc, text, 0)
      tr.delete(tr.mapping.map(at - 2), tr.mapping.map(at + 2))
    }
    editor.view.dispatch(tr)
    let cells = 0
    editor.state.doc.descendants((node) => {
      if (node.type.name === 'tableCell') cells++
    })
    expect(cells).toBe(2)
    expect(editor.state.doc.textContent).toBe('Pac')
  })

  it('select-all and Delete empty the header and attendance and remove the agenda', () => {
    editor = createMinutesEditor(kkrMinutes())
    editor.commands.selectAll()
    editor.commands.deleteSelection()
    expectWellFormed()
    const parts: string[] = []
    editor.state.doc.forEach((part) => parts.push(`${part.type.name}:${part.childCount}`))
    expect(parts).toEqual(['meetingHeader:1', 'attendance:0'])
    editor.view.dispatch(editor.state.tr.insertText('Referat'))
    expect(editor.state.doc.firstChild!.textContent).toBe('Referat')
  })

  it('types into the nearest text when the range starts between blocks', () => {
    editor = createMinutesEditor(kkrMinutes())
    const { doc } = editor.state
    const itemStart = numberAgenda(doc).find((n) => n.id === 'item-2.2')!.pos
    editor.view.dispatch(editor.state.tr.insertText('Ny titel', itemStart + 1, posIn(doc, '2.3 baggrund', 4)))
    expectWellFormed()
    expect(numbers()).toEqual(ALL_NUMBERS)
    expect(outline(editor.state.doc, 'item-2.2')).toEqual({
      title: 'Ny titel',
      sections: [
        ['baggrund', ''],
        ['indstilling', ''],
        ['sagsfremstilling', ''],
        ['beslutning', ''],
      ],
    })
    expect(outline(editor.state.doc, 'item-2.3').title).toBe('')
  })

  it('pastes paragraphs into a title as plain text', () => {
    editor = createMinutesEditor(kkrMinutes())
    const { doc } = editor.state
    const copied = doc.slice(posIn(doc, '1.1 baggrund', 4), posIn(doc, '1.1 indstilling', 4))
    const at = posIn(doc, 'Punkt 2.2', 5)
    editor.view.dispatch(editor.state.tr.replace(at, at, copied))
    expectWellFormed()
    expect(numbers()).toEqual(ALL_NUMBERS)
    expect(outline(editor.state.doc, 'item-2.2').title).toBe('Punktbaggrund 1.1  2.2')
  })

  it('rewrites only the cross-boundary step of a transaction with several', () => {
    editor = createMinutesEditor(kkrMinutes())
    const { doc } = editor.state
    const tr = editor.state.tr.insertText('Ny ', posIn(doc, '1.1 baggrund', 0))
    tr.delete(tr.mapping.map(posIn(doc, '2.1 beslutning', 4)), tr.mapping.map(posIn(doc, '2.2 baggrund', 4)))
    tr.insertText('!', tr.mapping.map(posIn(doc, '2.4 beslutning', 14)))
    editor.view.dispatch(tr)
    expectWellFormed()
    expect(numbers()).toEqual(ALL_NUMBERS)
    expect(outline(editor.state.doc, 'item-1.1').sections[0]).toEqual(['baggrund', 'Ny 1.1 baggrund'])
    expect(outline(editor.state.doc, 'item-2.1').sections.at(-1)).toEqual(['beslutning', '2.1 '])
    expect(outline(editor.state.doc, 'item-2.4').sections.at(-1)).toEqual(['beslutning', '2.4 beslutning!'])
  })

  it('lets transactions from Yjs through untouched', () => {
    editor = createMinutesEditor(kkrMinutes())
    const { doc } = editor.state
    const tr = editor.state.tr.delete(posIn(doc, '2.1 beslutning', 4), posIn(doc, '2.2 baggrund', 4))
    editor.view.dispatch(tr.setMeta(YJS_SYNC_META, { isChangeOrigin: true }))
    expect(editor.state.doc.eq(tr.doc)).toBe(true)
    expect(itemIds(editor.state.doc)).not.toContain('item-2.2')
  })

  it('keeps the selection where the user put it when a command deletes elsewhere', () => {
    editor = createMinutesEditor(kkrMinutes())
    const { doc } = editor.state
    const cursor = posIn(doc, '1.1 baggrund', 2)
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(doc, cursor)))
    editor.view.dispatch(
      editor.state.tr.delete(posIn(doc, '2.1 beslutning', 4), posIn(doc, '2.2 baggrund', 4)),
    )
    expect(editor.state.selection.from).toBe(cursor)
  })
})
