import type { JSONContent } from '@tiptap/core'
import { getMinutesSchema } from '@referat/schema'
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

/** The server's client id when it seeds a meeting; clients use small ids. */
export const SEED_CLIENT_ID = 1000

/** Seeds a new meeting once, the way the server will: the minute JSON into the fragment `default`. */
export function seedDocument(minute: JSONContent): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = SEED_CLIENT_ID
  prosemirrorJSONToYXmlFragment(getMinutesSchema(), minute, doc.getXmlFragment('default'))
  return doc
}
