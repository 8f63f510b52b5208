import type { Node as PMNode } from '@tiptap/pm/model'
import { findMarkers } from './findMarkers'

/** Markers with at least one character between `from` and `to`. */
export function markersInRange(doc: PMNode, from: number, to: number): string[] {
  const hit: string[] = []
  for (const [marker, spans] of findMarkers(doc)) {
    if (spans.some((span) => span.from < to && span.to > from)) hit.push(marker)
  }
  return hit
}
