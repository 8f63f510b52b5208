import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { defaultMinutesConfig, numberAgenda, sectionKindOf, type MinutesConfig } from '@referat/schema'
import { t } from '../i18n/strings'
import { caseLineWidget } from './caseLineWidget'
import { sectionHeadingWidget } from './sectionHeadingWidget'

export interface AgendaDecorationsOptions {
  /**
   * Where section headings take their labels from.
   * @default defaultMinutesConfig
   */
  config: MinutesConfig
}

export const agendaDecorationsKey = new PluginKey<DecorationSet>('agendaDecorations')

function decorate(doc: PMNode, config: MinutesConfig): DecorationSet {
  const decorations: Decoration[] = []
  for (const { pos, number, type } of numberAgenda(doc)) {
    const node = doc.nodeAt(pos)
    const title = node?.firstChild
    if (!node || title?.type.name !== 'agendaTitle') continue
    decorations.push(Decoration.node(pos + 1, pos + 1 + title.nodeSize, { 'data-number': `${number}.` }))
    if (type !== 'agendaItem') continue
    const { caseNumber, caseOfficer, closed } = node.attrs as Record<string, string | boolean>
    if (caseNumber || caseOfficer || closed) {
      const key = `case:${String(caseNumber)}:${String(caseOfficer)}:${String(closed)}`
      decorations.push(
        Decoration.widget(pos + 1 + title.nodeSize, () => caseLineWidget(node.attrs), { side: -1, key }),
      )
    }
  }
  doc.descendants((node, pos) => {
    if (node.type.name === 'section') {
      const heading =
        (node.attrs.heading as string) || sectionKindOf(config, node.attrs.kind as string)?.label
      const label = heading || String(node.attrs.kind)
      decorations.push(
        Decoration.widget(pos + 1, () => sectionHeadingWidget(label), { side: -1, key: `heading:${label}` }),
      )
    }
    if (node.type.name === 'bilag') {
      const title = node.attrs.title as string
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, {
          title: title ? `${t.item.bilag}: ${title}` : t.item.bilag,
          'aria-label': title ? `${t.item.bilag}: ${title}` : t.item.bilag,
        }),
      )
    }
    return node.isBlock
  })
  return DecorationSet.create(doc, decorations)
}

/** Whether every step only replaces text with text inside one textblock (typing, deleting, marks). */
export function onlyTextChanged(tr: Transaction): boolean {
  return tr.steps.every((step, i) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return true
    if (!(step instanceof ReplaceStep) || step.slice.openStart > 0 || step.slice.openEnd > 0) return false
    const $from = tr.docs[i]!.resolve(step.from)
    const $to = tr.docs[i]!.resolve(step.to)
    if (!$from.parent.isTextblock || !$from.sameParent($to)) return false
    const replaced = $from.parent.content.cut($from.parentOffset, $to.parentOffset)
    let text = true
    replaced.forEach((node) => (text &&= node.isText))
    step.slice.content.forEach((node) => (text &&= node.isText))
    return text
  })
}

/**
 * Numbers, case lines and section headings as decorations (no node views). They depend on the structure
 * and attributes only, so a change that only edits text maps them; any other change recomputes them.
 */
export const AgendaDecorations = Extension.create<AgendaDecorationsOptions>({
  name: 'agendaDecorations',

  addOptions() {
    return { config: defaultMinutesConfig }
  },

  addProseMirrorPlugins() {
    const { config } = this.options
    return [
      new Plugin<DecorationSet>({
        key: agendaDecorationsKey,
        state: {
          init: (_, state) => decorate(state.doc, config),
          apply: (tr, old) => {
            if (!tr.docChanged) return old
            return onlyTextChanged(tr) ? old.map(tr.mapping, tr.doc) : decorate(tr.doc, config)
          },
        },
        props: {
          decorations: (state) => agendaDecorationsKey.getState(state),
        },
      }),
    ]
  },
})
