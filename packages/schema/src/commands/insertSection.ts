import type { RawCommands } from '@tiptap/core'
import type { MinutesConfig } from '../config'
import { childrenOf } from './helpers/childrenOf'
import { findTargetItem } from './helpers/findTargetItem'
import { sectionInsertPos } from './helpers/sectionInsertPos'
import { sectionJSON, type SectionAttrs } from './helpers/sectionJSON'
import { selectionAtStartOf } from './helpers/selectionAtStartOf'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    insertSection: {
      /**
       * Inserts a section of `kind` into the item holding the selection (or `itemId`), placed by
       * the configured order, and puts the cursor in it. When a section of that kind with the same
       * heading and date exists, only moves the cursor there.
       * @example editor.commands.insertSection({ kind: 'beslutning', date: '2013-04-24' })
       */
      insertSection: (attrs: SectionAttrs & { itemId?: string }) => ReturnType
    }
  }
}

export const insertSection =
  (config: MinutesConfig): RawCommands['insertSection'] =>
  ({ itemId, ...attrs }) =>
  ({ tr, dispatch }) => {
    const item = findTargetItem(tr, itemId)
    if (!item || !attrs.kind) return false
    if (!dispatch) return true
    const { kind, heading = '', date = '' } = attrs
    const same = childrenOf(item, 'section').find(({ node: { attrs: a } }) => {
      return a.kind === kind && a.heading === heading && a.date === date
    })
    const pos = same?.pos ?? sectionInsertPos(config, item, kind)
    if (!same) tr.insert(pos, tr.doc.type.schema.nodeFromJSON(sectionJSON(attrs)))
    tr.setSelection(selectionAtStartOf(tr.doc, pos))
    return true
  }
