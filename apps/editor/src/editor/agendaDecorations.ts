import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
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

/**
 * Numbers, case lines and section headings as decorations (no node views), recomputed only when the
 * document changes, so typing stays as cheap as in a bare editor.
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
          apply: (tr, old) => (tr.docChanged ? decorate(tr.doc, config) : old),
        },
        props: {
          decorations: (state) => agendaDecorationsKey.getState(state),
        },
      }),
    ]
  },
})
