import type { RawCommands } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { newId } from '../helpers/newId'
import { agendaTitleJSON } from './helpers/agendaTitleJSON'
import { endOf } from './helpers/endOf'
import { findAncestor } from './helpers/findAncestor'
import { scrollIfMounted } from './helpers/scrollIfMounted'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    insertAgendaGroup: {
      /**
       * Inserts an agenda group after the group holding the selection, else at the end of the
       * document, and puts the cursor in its title.
       * @example editor.commands.insertAgendaGroup({ title: 'Regionalpolitiske sager' })
       */
      insertAgendaGroup: (attrs?: { title?: string }) => ReturnType
    }
  }
}

export const insertAgendaGroup: RawCommands['insertAgendaGroup'] =
  ({ title = '' } = {}) =>
  ({ tr, dispatch, editor }) => {
    if (!dispatch) return true
    const group = findAncestor(tr.selection, 'agendaGroup')
    const pos = group ? endOf(group) : tr.doc.content.size
    const json = { type: 'agendaGroup', attrs: { id: newId() }, content: [agendaTitleJSON(title)] }
    tr.insert(pos, tr.doc.type.schema.nodeFromJSON(json))
    tr.setSelection(TextSelection.create(tr.doc, pos + 2 + title.length))
    scrollIfMounted(editor, tr)
    return true
  }
