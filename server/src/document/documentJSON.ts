import type { JSONContent } from '@tiptap/core'
import { yDocToProsemirrorJSON } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

/**
 * The minutes as ProseMirror JSON, converted from a throwaway copy: converting the live document
 * would let the binding delete nodes it cannot build (ARCHITECTURE.md).
 */
export function documentJSON(live: Y.Doc): { json: JSONContent; copy: Y.Doc } {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(live))
  return { json: yDocToProsemirrorJSON(copy, 'default') as JSONContent, copy }
}
