import type { Node as PMNode } from '@tiptap/pm/model'
import { ReplaceAroundStep, type ReplaceStep, type Step } from '@tiptap/pm/transform'
import { describe, expect, it } from 'vitest'
import { defaultMinutesConfig, requiredSectionKinds } from '../config'
import { getMinutesSchema } from '../getMinutesSchema'
import { numberAgenda } from '../numbering'
import { createMinutesEditor, kkrMinutes } from './testing/minutesDoc'

const required = requiredSectionKinds(defaultMinutesConfig)

/**
 * Ids of the groups and items lying wholly inside the range a step deletes: the only ones it may
 * remove. ProseMirror widens a range that holds a node's whole content to the node, and may keep a
 * gap (a replace-around step).
 */
function coveredIds(doc: PMNode, step: Step): Set<string> {
  const ranges =
    step instanceof ReplaceAroundStep
      ? [
          [step.from, step.gapFrom],
          [step.gapTo, step.to],
        ]
      : [[(step as ReplaceStep).from, (step as ReplaceStep).to]]
  const ids = new Set<string>()
  for (const { pos, id } of numberAgenda(doc)) {
    const end = pos + doc.nodeAt(pos)!.nodeSize
    if (ranges.some(([from, to]) => from! <= pos && end <= to!)) ids.add(String(id))
  }
  return ids
}

function expectWholeAgenda(doc: PMNode) {
  doc.descendants((node) => {
    if (node.type.name !== 'agendaItem' && node.type.name !== 'agendaGroup') return node.type.name === 'doc'
    const titles: number[] = []
    const kinds: string[] = []
    node.forEach((child, _offset, index) => {
      if (child.type.name === 'agendaTitle') titles.push(index)
      if (child.type.name === 'section') kinds.push(String(child.attrs.kind))
    })
    expect(titles).toEqual([0])
    if (node.type.name === 'agendaItem') expect([...kinds].sort()).toEqual([...required].sort())
    return node.type.name === 'agendaGroup'
  })
}

describe('structure-preserving delete over many ranges', () => {
  const doc = getMinutesSchema().nodeFromJSON(kkrMinutes())
  const ranges: [number, number][] = []
  for (let from = 1; from < doc.content.size; from += 17) {
    for (let to = from + 5; to < doc.content.size; to += 29) ranges.push([from, to])
  }

  it.each([
    ['deleting', ''],
    ['typing over', 'Z'],
  ])('%s any range keeps every item whole and removes only the items it covers', (_name, text) => {
    for (const [from, to] of ranges) {
      const editor = createMinutesEditor(kkrMinutes())
      const tr = text ? editor.state.tr.insertText(text, from, to) : editor.state.tr.delete(from, to)
      const step = tr.steps[0]!
      editor.view.dispatch(tr)
      const after = editor.state.doc
      expect(() => after.check(), `${from}–${to}`).not.toThrow()
      expectWholeAgenda(after)
      const covered = coveredIds(doc, step)
      const expected = numberAgenda(doc)
        .map((n) => String(n.id))
        .filter((id) => !covered.has(id))
      expect(
        numberAgenda(after).map((n) => String(n.id)),
        `${from}–${to}`,
      ).toEqual(expected)
      if (text) expect(after.textContent.split(text).length - 1, `${from}–${to}`).toBe(1)
      editor.destroy()
    }
  })
})
