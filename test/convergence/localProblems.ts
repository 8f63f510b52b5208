import type { Node as PMNode } from '@tiptap/pm/model'
import { findMarkers, type MarkerSpan } from './findMarkers'
import type { EditOutcome } from './operations/Edit'

/**
 * What one local edit must do in the editing client's own document: keep every marker outside
 * the range it deleted (moved ones included), and show the markers it typed.
 */
export function localProblems(
  before: Map<string, MarkerSpan[]>,
  after: PMNode,
  outcome: EditOutcome,
): string[] {
  const now = findMarkers(after)
  const deleted = new Set(outcome.deleted ?? [])
  const problems: string[] = []
  for (const marker of before.keys()) {
    if (!now.has(marker) && !deleted.has(marker))
      problems.push(`lost ${marker}, which was outside what it deleted`)
  }
  for (const marker of outcome.typed ?? []) {
    if (!now.has(marker)) problems.push(`typed ${marker}, but it is not in the document`)
  }
  return problems
}
