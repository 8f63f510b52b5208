import type { JSONContent } from '@tiptap/core'
import { getMinutesSchema } from '@referat/schema'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

/** The first stored state of a meeting: document JSON in the fragment `default`, built once on the server. */
export function seedUpdate(json: JSONContent): Uint8Array {
  const doc = prosemirrorJSONToYDoc(getMinutesSchema(), json, 'default')
  try {
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
