import type { Node as PMNode } from '@tiptap/pm/model'
import { findMarkers } from './findMarkers'
import { textPositions } from './textPositions'

/** Cursor positions where inserting text or a node cannot break a marker word apart. */
export function insertPositions(doc: PMNode, accept?: (parent: PMNode) => boolean): number[] {
  const inside = new Set<number>()
  for (const spans of findMarkers(doc).values()) {
    for (const { from, to } of spans) for (let p = from + 1; p < to; p++) inside.add(p)
  }
  return textPositions(doc, accept).filter((p) => !inside.has(p))
}
