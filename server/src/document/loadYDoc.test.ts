import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CorruptDocumentError } from '../store/CorruptDocumentError'
import { loadYDoc } from './loadYDoc'

const stored = (snapshot: Uint8Array, updates: Uint8Array[] = []) => ({
  snapshot,
  updates,
  lastSeq: 0,
  bytes: 0,
})

describe('loadYDoc', () => {
  it('replays snapshot and log', () => {
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'a')
    const snapshot = Y.encodeStateAsUpdate(doc)
    const sv = Y.encodeStateVector(doc)
    doc.getText('t').insert(1, 'b')
    expect(
      loadYDoc('m', stored(snapshot, [Y.encodeStateAsUpdate(doc, sv)]))
        .getText('t')
        .toString(),
    ).toBe('ab')
  })

  it('refuses unreadable bytes instead of returning an empty document', () => {
    expect(() => loadYDoc('m', stored(Uint8Array.of(1, 200, 3, 4, 5)))).toThrow(CorruptDocumentError)
  })

  it('refuses a log with a missing update', () => {
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'a')
    const first = Y.encodeStateAsUpdate(doc)
    const sv = Y.encodeStateVector(doc)
    doc.getText('t').insert(1, 'b')
    const second = Y.encodeStateAsUpdate(doc, sv)
    expect(() => loadYDoc('m', stored(Y.encodeStateAsUpdate(new Y.Doc()), [second]))).toThrow(/missing/)
    expect(
      loadYDoc('m', stored(first, [second]))
        .getText('t')
        .toString(),
    ).toBe('ab')
  })
})
