import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { seedUpdate } from '../../../server/src/document/seedUpdate'
import { benchDocuments } from '../benchDocuments'

export interface Seed {
  update: Uint8Array
  /** Client → clock a document must have reached to hold the seed. */
  stateVector: Map<number, number>
}

function times(doc: JSONContent, n: number): JSONContent {
  const groups = (doc.content ?? []).filter((node) => node.type === 'agendaGroup')
  return { ...doc, content: [...(doc.content ?? []), ...Array.from({ length: n - 1 }, () => groups).flat()] }
}

function seedOf(json: JSONContent): Seed {
  const update = seedUpdate(json)
  return { update, stateVector: Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)) }
}

/**
 * The KKR fixture (imported by @referat/import, as `benchDocuments` does) and ten times its agenda,
 * converted to Yjs updates once by the server's own `seedUpdate`; every server gets the same bytes.
 */
export function buildSeeds(): { fixture: Seed; times10: Seed } {
  const kkr = benchDocuments()[0]!.doc
  return { fixture: seedOf(kkr), times10: seedOf(times(kkr, 10)) }
}
