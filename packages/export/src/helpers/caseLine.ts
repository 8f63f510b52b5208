import type { Node as PMNode } from '@tiptap/pm/model'

/** `SAG-2024-03326 hlth`, or empty when the item has no case number. */
export function caseLine(item: PMNode): string {
  return [item.attrs.caseNumber, item.attrs.caseOfficer]
    .map((v) => String(v ?? '').trim())
    .filter(Boolean)
    .join(' ')
}
