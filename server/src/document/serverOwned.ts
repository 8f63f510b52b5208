import type * as Y from 'yjs'

/** Root maps only the server writes (on a chair's HTTP request); client updates touching them are refused. */
export const APPROVALS = 'approvals'
export const META = 'meta'

export const approvalsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(APPROVALS)
export const metaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(META)
export const isFinalized = (doc: Y.Doc): boolean => metaOf(doc).get('finalized') === true
