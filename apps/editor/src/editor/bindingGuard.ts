import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

type Observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => void

interface RelativeSelection {
  type: string
  anchor: Y.RelativePosition | null
  head: Y.RelativePosition | null
}

/** The parts of y-tiptap's (untyped) ProsemirrorBinding this guard uses. */
export interface Binding {
  doc: Y.Doc
  type: Y.XmlFragment
  mapping: Parameters<typeof relativePositionToAbsolutePosition>[3]
  prosemirrorView: EditorView | null
  beforeTransactionSelection: RelativeSelection | null
  mux: (f: () => void) => void
  _observeFunction: Observer
  _forceRerender: () => void
}

/** Whether the Yjs item a relative position points into still exists (its text was not rebuilt elsewhere). */
function alive(doc: Y.Doc, position: Y.RelativePosition): boolean {
  const id = position.item ?? position.type
  if (!id) return false
  const item = Y.getItem(doc.store, id)
  return item instanceof Y.Item && !item.deleted
}

/**
 * Puts a text caret where Yjs says it is. After a remote edit to the paragraph holding the caret,
 * y-tiptap 3.0.9 takes "the paragraph's text changed" for a structural move and places the caret by
 * absolute offset instead; each character typed concurrently at the paragraph's start then pushes the
 * local caret one character left, and the local user's typing lands scrambled inside a word. When
 * the item the relative position points into still exists, Yjs' answer is right.
 */
function restoreCaret(binding: Binding, selection: RelativeSelection): void {
  const view = binding.prosemirrorView
  if (!view || selection.type !== 'text' || !selection.anchor || !selection.head) return
  if (!alive(binding.doc, selection.anchor) || !alive(binding.doc, selection.head)) return
  const resolve = (position: Y.RelativePosition) =>
    relativePositionToAbsolutePosition(binding.doc, binding.type, position, binding.mapping) as number | null
  const anchor = resolve(selection.anchor)
  const head = resolve(selection.head)
  const { state } = view
  if (anchor === null || head === null || Math.max(anchor, head) > state.doc.content.size) return
  if (state.selection.anchor === anchor && state.selection.head === head) return
  const tr = state.tr.setSelection(TextSelection.between(state.doc.resolve(anchor), state.doc.resolve(head)))
  // Inside the binding's mutex: a selection change has nothing to write back to Yjs.
  binding.mux(() => view.dispatch(tr.setMeta('addToHistory', false)))
}

/**
 * Guards y-tiptap's rendering of Yjs changes: keeps the local caret where Yjs puts it (see
 * `restoreCaret`), and re-renders the editor from its Y.Doc when rendering throws. When a remote
 * update merges two adjacent Y.Texts (a bilag between them deleted) and the local selection is a
 * text selection, `restoreRelativeSelection` throws a RangeError out of the Y.Doc's observer; from
 * then on the editor would no longer show its Y.Doc. The Y.Doc itself is intact (Yjs applies the
 * update before it calls observers) and every local edit is already in it, so a full re-render loses
 * nothing but the caret position.
 */
export function guardBinding(binding: Binding, onRecovered?: (error: unknown) => void): () => void {
  const render = binding._observeFunction
  const guarded: Observer = (events, transaction) => {
    const selection = binding.beforeTransactionSelection
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
      return
    }
    if (selection && transaction.origin !== ySyncPluginKey) restoreCaret(binding, selection)
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
export const BindingGuard = Extension.create({
  name: 'bindingGuard',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('bindingGuard'),
        view: (view) => {
          const binding = (ySyncPluginKey.getState(view.state) as { binding?: Binding } | undefined)?.binding
          return { destroy: binding ? guardBinding(binding) : undefined }
        },
      }),
    ]
  },
})
