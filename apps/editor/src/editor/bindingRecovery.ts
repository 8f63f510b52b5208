import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'

type Observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => void

/** The parts of y-tiptap's (untyped) ProsemirrorBinding this guard uses. */
interface Binding {
  type: Y.XmlFragment
  prosemirrorView: unknown
  _observeFunction: Observer
  _forceRerender: () => void
}

/**
 * Re-renders the editor from its Y.Doc when y-tiptap 3.0.9 throws while rendering a remote update.
 * When a remote update merges two adjacent Y.Texts (a bilag between them deleted) and the local
 * selection is a text selection, `restoreRelativeSelection` throws a RangeError out of the Y.Doc's
 * observer; from then on the editor would no longer show its Y.Doc. The Y.Doc itself is intact (Yjs
 * applies the update before it calls observers) and every local edit is already in it, so a full
 * re-render loses nothing but the caret position.
 */
export function guardBinding(binding: Binding, onRecovered?: (error: unknown) => void): () => void {
  const render = binding._observeFunction
  const guarded: Observer = (events, transaction) => {
    try {
      render(events, transaction)
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      console.warn('y-tiptap failed to render a Yjs update; re-rendering the editor from the Y.Doc', error)
      // Outside the Yjs transaction that is still being cleaned up.
      setTimeout(() => {
        if (binding.prosemirrorView === null) return
        binding._forceRerender()
        onRecovered?.(error)
      })
    }
  }
  binding.type.unobserveDeep(render)
  binding._observeFunction = guarded
  binding.type.observeDeep(guarded)
  return () => {
    binding.type.unobserveDeep(guarded)
    binding._observeFunction = render
    if (binding.prosemirrorView !== null) binding.type.observeDeep(render)
  }
}

/** Installs {@link guardBinding} on the editor's Collaboration binding (after it has bound its view). */
export const BindingRecovery = Extension.create({
  name: 'bindingRecovery',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('bindingRecovery'),
        view: (view) => {
          const binding = (ySyncPluginKey.getState(view.state) as { binding?: Binding } | undefined)?.binding
          return { destroy: binding ? guardBinding(binding) : undefined }
        },
      }),
    ]
  },
})
