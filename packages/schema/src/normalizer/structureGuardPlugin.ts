import type { Editor } from '@tiptap/core'
import { Plugin, type Transaction } from '@tiptap/pm/state'
import type { MinutesConfig } from '../config'
import { isRemoteTransaction } from './helpers/isRemoteTransaction'
import { minutesNormalizerKey, structureGuardKey } from './helpers/normalizerKeys'
import { preserveStructure } from './preserveStructure'

/**
 * Rejects a local transaction that would join, split or cut structure and dispatches its
 * `preserveStructure` rewrite instead. Filtering catches every path (keys, commands, a plain
 * `view.dispatch`); `editor.view.dispatch` exists both mounted and headless (there it is Tiptap's
 * stand-in, which applies to `editor.state`). Only the editor's own root transactions are rewritten:
 * a state applied elsewhere has nowhere to dispatch to.
 */
export function structureGuardPlugin(editor: Editor, config: MinutesConfig): Plugin {
  return new Plugin({
    key: structureGuardKey,
    filterTransaction(tr, state) {
      if (passes(tr) || state !== editor.state) return true
      const rewritten = preserveStructure(state, tr, config)
      if (!rewritten) return true
      editor.view.dispatch(rewritten.setMeta(structureGuardKey, true))
      return false
    },
  })
}

function passes(tr: Transaction): boolean {
  return (
    !tr.docChanged ||
    isRemoteTransaction(tr) ||
    Boolean(
      tr.getMeta('appendedTransaction') || tr.getMeta(structureGuardKey) || tr.getMeta(minutesNormalizerKey),
    )
  )
}
