import { Editor } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { Minutes } from '@referat/schema'
import * as Y from 'yjs'

/** One simulated user: a Y.Doc and the collaborative editor bound to it. */
export interface Client {
  index: number
  doc: Y.Doc
  editor: Editor
  destroy: () => void
}

/**
 * A client that starts from the seeded state. The editor never gets `content`: everything comes
 * through the binding from the shared fragment `default`.
 */
export function createClient(index: number, seedState: Uint8Array): Client {
  const doc = new Y.Doc()
  doc.clientID = index + 1
  Y.applyUpdate(doc, seedState)
  const element = document.createElement('div')
  document.body.appendChild(element)
  const editor = new Editor({
    element,
    extensions: [Minutes, Collaboration.configure({ document: doc, field: 'default' })],
  })
  return {
    index,
    doc,
    editor,
    destroy: () => {
      editor.destroy()
      doc.destroy()
      element.remove()
    },
  }
}
