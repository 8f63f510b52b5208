import type { Node as PMNode } from '@tiptap/pm/model'

/** A section with no text: nothing, or only empty paragraphs and headings. */
export function isEmptySection(section: PMNode): boolean {
  let empty = true
  section.forEach((block) => {
    if (!block.isTextblock || block.content.size > 0) empty = false
  })
  return empty
}
