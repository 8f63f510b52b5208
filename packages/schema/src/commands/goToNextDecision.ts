import type { RawCommands } from '@tiptap/core'
import { DECISION_SECTION_KIND } from '../config'
import { scrollIfMounted } from './helpers/scrollIfMounted'
import { selectionAtStartOf } from './helpers/selectionAtStartOf'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    goToNextDecision: {
      /**
       * Puts the cursor at the start of the next decision (`beslutning` section) after the
       * selection: the current item's, when the selection is above it, else the next item's.
       * @example editor.commands.goToNextDecision()
       */
      goToNextDecision: () => ReturnType
    }
  }
}

export const goToNextDecision: RawCommands['goToNextDecision'] =
  () =>
  ({ tr, dispatch, editor }) => {
    let next: number | undefined
    tr.doc.descendants((node, pos) => {
      if (next !== undefined) return false
      const isDecision = node.type.name === 'section' && node.attrs.kind === DECISION_SECTION_KIND
      if (isDecision && pos > tr.selection.from) next = pos
      return ['agendaGroup', 'agendaItem'].includes(node.type.name)
    })
    if (next === undefined) return false
    if (dispatch) {
      tr.setSelection(selectionAtStartOf(tr.doc, next))
      scrollIfMounted(editor, tr)
    }
    return true
  }
