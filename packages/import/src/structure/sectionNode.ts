import type { JSONContent } from '@tiptap/core'

/** A section node of an agenda item, with the decision attributes at their empty values. */
export function sectionNode(id: string, kind: string, heading: string, date: string, content: JSONContent[]) {
  return {
    type: 'section',
    attrs: { id, kind, heading, date, status: '', notParticipating: [] as string[] },
    content,
  } satisfies JSONContent
}
