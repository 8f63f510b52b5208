// @vitest-environment happy-dom
import { defaultMinutesConfig, requiredSectionKinds } from '@referat/schema'
import type { Editor, JSONContent } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { NodeSelection, TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { checkConverged } from './checkConverged'
import { createSession, type Session } from './createSession'
import { findMarkers } from './findMarkers'
import { pressKey } from './operations/pressKey'
import { positionOf } from './positionOf'
import { seedMinute } from './seedMinute'

const config = defaultMinutesConfig
let session: Session | undefined

afterEach(() => {
  session?.destroy()
  session = undefined
})

function start(count = 2, minute: JSONContent = seedMinute(config)): Session {
  session = createSession(minute, count)
  return session
}

function type(editor: Editor, pos: number, marker: string): void {
  editor.view.dispatch(editor.state.tr.insertText(`«${marker}»`, pos))
}

function deleteBetween(editor: Editor, from: number, to: number): void {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)))
  pressKey(editor, 'Backspace')
}

function item(doc: PMNode, id: string): PMNode | undefined {
  let found: PMNode | undefined
  doc.descendants((node) => {
    if (node.type.name === 'agendaItem' && node.attrs.id === id) found = node
    return !found
  })
  return found
}

function sectionsOf(doc: PMNode, itemId: string, kind: string): PMNode[] {
  const sections: PMNode[] = []
  item(doc, itemId)?.forEach((child) => {
    if (child.type.name === 'section' && child.attrs.kind === kind) sections.push(child)
  })
  return sections
}

/** Inside the first paragraph of the item's section of `kind`. */
function insideSection(doc: PMNode, itemId: string, kind: string): number {
  let at = -1
  doc.descendants((node, pos) => {
    if (at >= 0) return false
    if (node.type.name === 'agendaItem' && node.attrs.id === itemId) {
      node.forEach((child, offset) => {
        if (at < 0 && child.type.name === 'section' && child.attrs.kind === kind) at = pos + 1 + offset + 2
      })
    }
    return true
  })
  if (at < 0) throw new Error(`item ${itemId} has no ${kind} section`)
  return at
}

function markers(doc: PMNode): string[] {
  return [...findMarkers(doc).keys()]
}

describe('known conflicts converge', () => {
  it('two clients insert the same section: one section keeps both texts', () => {
    const { clients, settle } = start()
    for (const [i, client] of clients.entries()) {
      client.editor.commands.insertSection({ kind: 'oekonomi', itemId: 'a' })
      type(client.editor, insideSection(client.editor.state.doc, 'a', 'oekonomi'), `mk${i + 1}x`)
    }
    settle()
    const doc = clients[0]!.editor.state.doc
    expect(checkConverged(clients, config)).toEqual([])
    const sections = sectionsOf(doc, 'a', 'oekonomi')
    expect(sections).toHaveLength(1)
    expect(markers(sections[0]!)).toEqual(['mk1x', 'mk2x'])
  })

  // Both clients merge the duplicate at once and each appends its text to the kept section: no text
  // is lost, but the text typed into the dropped copy shows twice. Fails until the normalizer avoids it.
  it.fails('two clients merging the same duplicate section at once keep each text once', () => {
    const { clients, settle } = start()
    for (const [i, client] of clients.entries()) {
      client.editor.commands.insertSection({ kind: 'oekonomi', itemId: 'a' })
      type(client.editor, insideSection(client.editor.state.doc, 'a', 'oekonomi'), `mk${i + 1}x`)
    }
    settle()
    const spans = findMarkers(sectionsOf(clients[0]!.editor.state.doc, 'a', 'oekonomi')[0]!)
    expect([...spans.values()].map((s) => s.length)).toEqual([1, 1])
  })

  it('two clients restore a missing required section: one section keeps both texts', () => {
    const minute = seedMinute(config)
    const group = minute.content![2]!
    const itemA = group.content![1]!
    itemA.content = itemA.content!.filter((s) => s.attrs?.kind !== 'beslutning')
    const { clients, settle } = start(2, minute)
    for (const [i, client] of clients.entries()) {
      type(client.editor, positionOf(client.editor.state.doc, 'sd2x'), `mk${i + 1}x`)
      type(client.editor, insideSection(client.editor.state.doc, 'a', 'beslutning'), `mk${i + 3}x`)
    }
    settle()
    const doc = clients[0]!.editor.state.doc
    expect(checkConverged(clients, config)).toEqual([])
    const decisions = sectionsOf(doc, 'a', 'beslutning')
    expect(decisions).toHaveLength(1)
    expect(markers(decisions[0]!)).toEqual(['mk3x', 'mk4x'])
    expect(markers(doc)).toEqual(expect.arrayContaining(['mk1x', 'mk2x']))
  })

  it('one client deletes an item while the other types in it: the item is gone with the typing', () => {
    const { clients, settle } = start()
    const [deleter, typist] = clients as [Session['clients'][number], Session['clients'][number]]
    const doc = deleter.editor.state.doc
    const seedMarkers = markers(doc)
    const inItemB = markers(item(doc, 'b')!)
    let itemPos = -1
    doc.descendants((node, pos) => {
      if (node.type.name === 'agendaItem' && node.attrs.id === 'b') itemPos = pos
      return itemPos < 0
    })
    deleter.editor.view.dispatch(deleter.editor.state.tr.setSelection(NodeSelection.create(doc, itemPos)))
    pressKey(deleter.editor, 'Backspace')
    type(typist.editor, positionOf(typist.editor.state.doc, 'sd14x'), 'mk1x')
    settle()
    const after = clients[0]!.editor.state.doc
    expect(checkConverged(clients, config)).toEqual([])
    expect(item(after, 'b')).toBeUndefined()
    // Tree semantics: what is typed into a node someone else deletes goes with it (README).
    expect(markers(after)).not.toContain('mk1x')
    expect(markers(after)).toEqual(seedMarkers.filter((m) => !inItemB.includes(m)))
  })

  it('concurrent deletes across items keep every item whole and all text outside both ranges', () => {
    const { clients, settle } = start()
    const [first, second] = clients as [Session['clients'][number], Session['clients'][number]]
    const before = markers(first.editor.state.doc)
    deleteBetween(
      first.editor,
      positionOf(first.editor.state.doc, 'sd8x'),
      positionOf(first.editor.state.doc, 'sd17x', true),
    )
    deleteBetween(
      second.editor,
      positionOf(second.editor.state.doc, 'sd20x'),
      positionOf(second.editor.state.doc, 'sd27x', true),
    )
    settle()
    const doc = clients[0]!.editor.state.doc
    expect(checkConverged(clients, config)).toEqual([])
    const inRanges = (m: string) =>
      /^sd(\d+)x$/.test(m) && ((n) => (n >= 8 && n <= 17) || (n >= 20 && n <= 27))(Number(m.slice(2, -1)))
    expect(markers(doc)).toEqual(before.filter((m) => !inRanges(m)))
    for (const id of ['a', 'b', 'c', 'd']) {
      for (const kind of requiredSectionKinds(config)) expect(sectionsOf(doc, id, kind)).toHaveLength(1)
    }
  })
})
