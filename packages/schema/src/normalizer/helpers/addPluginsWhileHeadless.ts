import type { Editor } from '@tiptap/core'
import type { Plugin, PluginKey, Transaction } from '@tiptap/pm/state'

/**
 * Tiptap v3 gives an unmounted editor a state without any plugins (they arrive with the view), so
 * neither filterTransaction nor appendTransaction would run headless. Until `key`'s plugin is in the
 * state, each dispatch first registers `plugins`. Mounting replaces them with the extension's own.
 * `dispatchTransaction` is private to Tiptap: should it be renamed, the headless tests here fail.
 */
export function addPluginsWhileHeadless(editor: Editor, key: PluginKey, plugins: () => Plugin[]): void {
  const internals = editor as unknown as { dispatchTransaction(tr: Transaction): void }
  const dispatch = internals.dispatchTransaction
  internals.dispatchTransaction = (tr) => {
    if (!key.get(editor.state)) for (const plugin of plugins()) editor.registerPlugin(plugin)
    dispatch.call(editor, tr)
  }
}
