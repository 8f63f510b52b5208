import type { RawCommands } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import type { MinutesConfig } from '../config'
import { agendaItemJSON, type AgendaItemAttrs } from './helpers/agendaItemJSON'
import { agendaItemInsertPos } from './helpers/agendaItemInsertPos'
import { scrollIfMounted } from './helpers/scrollIfMounted'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    insertAgendaItem: {
      /**
       * Inserts an agenda item (title and one empty section per required kind) after the item
       * holding the selection, else at the end of the group holding it, else at the end of the last
       * group or of the document, and puts the cursor in its title.
       * @example editor.commands.insertAgendaItem({ title: 'Aftale om Grønt Danmark', caseNumber: 'SAG-2024-03326' })
       */
      insertAgendaItem: (attrs?: AgendaItemAttrs) => ReturnType
    }
  }
}

export const insertAgendaItem =
  (config: MinutesConfig): RawCommands['insertAgendaItem'] =>
  (attrs = {}) =>
  ({ tr, dispatch, editor }) => {
    if (!dispatch) return true
    const pos = agendaItemInsertPos(tr.doc, tr.selection)
    tr.insert(pos, tr.doc.type.schema.nodeFromJSON(agendaItemJSON(config, attrs)))
    tr.setSelection(TextSelection.create(tr.doc, pos + 2 + (attrs.title ?? '').length))
    scrollIfMounted(editor, tr)
    return true
  }
