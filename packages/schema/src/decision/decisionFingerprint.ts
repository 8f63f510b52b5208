import type { JSONContent } from '@tiptap/core'
import { decisionSectionOf } from './decisionSectionOf'
import { plainTextOf } from './plainTextOf'

/** FNV-1a, 32 bits: short and stable; it only has to notice a change, not resist forgery. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/**
 * What a chair approves of an agenda item: its decision's text and status, as a short hash. The server
 * stores it with the approval and every client compares it with the live item, so an approval whose
 * decision changed afterwards shows as void. Takes document JSON (`node.toJSON()` in the editor).
 */
export function decisionFingerprint(item: JSONContent): string {
  const decision = decisionSectionOf(item)
  if (!decision) return fnv1a('')
  const { status = '', statusText = '' } = (decision.attrs ?? {}) as Record<string, string>
  return fnv1a([status, statusText, plainTextOf(decision)].join('\u0000'))
}
