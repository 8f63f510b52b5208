import { DECISION_SECTION_KIND } from '@referat/schema'
import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { decisionRecordLines } from './decisionRecordLines'
import { decisionRecordWidget } from './decisionRecordWidget'

export const decisionRecordKey = new PluginKey<DecorationSet>('decisionRecord')

function decorate(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = []
  doc.descendants((node, pos) => {
    if (node.type.name !== 'section')
      return node.type.name === 'agendaGroup' || node.type.name === 'agendaItem'
    if (node.attrs.kind !== DECISION_SECTION_KIND) return false
    const lines = decisionRecordLines(node)
    if (lines.length > 0) {
      const widget = () => decisionRecordWidget(lines)
      decorations.push(Decoration.widget(pos + node.nodeSize - 1, widget, { side: 1, key: lines.join('\n') }))
    }
    return false
  })
  return DecorationSet.create(doc, decorations)
}

/**
 * Shows a decision's recorded status, votes, absences and dissent (section attributes the schema
 * renders only as data attributes) under its text, as a widget decoration rather than a node view.
 */
export const DecisionRecord = Extension.create({
  name: 'decisionRecord',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: decisionRecordKey,
        state: {
          init: (_, state) => decorate(state.doc),
          apply: (tr, old) => (tr.docChanged ? decorate(tr.doc) : old),
        },
        props: { decorations: (state) => decisionRecordKey.getState(state) },
      }),
    ]
  },
})
