import type { RawCommands } from '@tiptap/core'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    insertBilag: {
      /**
       * Inserts the "./." attachment marker at the selection. Only in the text of a section.
       * @example editor.commands.insertBilag({ title: 'Nordjysk Socialaftale 2025-26', fileId: 'f1' })
       */
      insertBilag: (attrs?: {
        title?: string
        fileId?: string
        url?: string
        publishable?: boolean
      }) => ReturnType
    }
  }
}

export const insertBilag: RawCommands['insertBilag'] =
  (attrs = {}) =>
  ({ tr, dispatch }) => {
    const { $from, $to } = tr.selection
    const bilag = tr.doc.type.schema.nodes.bilag
    if (!bilag || !$from.parent.isTextblock || !$from.sameParent($to)) return false
    if (!$from.parent.canReplaceWith($from.index(), $to.index(), bilag)) return false
    const inSection = Array.from({ length: $from.depth }, (_, d) => $from.node(d)).some(
      (node) => node.type.name === 'section',
    )
    if (!inSection) return false
    if (dispatch) tr.replaceSelectionWith(bilag.create(attrs), false)
    return true
  }
