import type { Node as PMNode } from '@tiptap/pm/model'

const DECISION_ATTRS = ['status', 'statusText', 'votes', 'dissent', 'notParticipating'] as const

/** The decision attributes `from` has and `into` lacks. */
export function decisionAttrsToFill(into: PMNode, from: PMNode): Record<string, unknown> {
  const fill: Record<string, unknown> = {}
  for (const name of DECISION_ATTRS) {
    if (isBlank(into.attrs[name]) && !isBlank(from.attrs[name])) fill[name] = from.attrs[name]
  }
  return fill
}

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && Object.values(value).every(isBlank)
}
