import type { Node as PMNode } from '@tiptap/pm/model'
import { findMarkers } from './findMarkers'

/** Where a marker word starts (or, with `end`, ends) in the document; throws when it is absent. */
export function positionOf(doc: PMNode, marker: string, end = false): number {
  const span = findMarkers(doc).get(marker)?.[0]
  if (!span) throw new Error(`${marker} is not in the document`)
  return end ? span.to : span.from
}
