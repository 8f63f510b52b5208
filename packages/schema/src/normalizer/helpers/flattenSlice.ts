import { Fragment, Slice, type Node as PMNode, type Schema } from '@tiptap/pm/model'
import { attendeeLine, type AttendeeAttributes } from '../../nodes/attendee'
import { isStructureNode } from './isStructureNode'

/**
 * The blocks of a slice without the sections, items, groups, header or attendance around them;
 * titles (and, with `attendeesToo`, attendees) become paragraphs. What is pasted into text lands as
 * text, never as a second copy of that structure. A slice with nothing to dissolve is returned as is.
 */
export function flattenSlice(slice: Slice, schema: Schema, attendeesToo = false): Slice {
  const paragraph = schema.nodes.paragraph!
  const blocks: PMNode[] = []
  let changed = false
  const collect = (node: PMNode) => {
    const name = node.type.name
    if (name === 'agendaTitle' || (attendeesToo && name === 'attendee')) {
      changed = true
      const text = name === 'attendee' ? attendeeLine(node.attrs as AttendeeAttributes) : node.textContent
      if (text) blocks.push(paragraph.create(null, schema.text(text)))
    } else if (isStructureNode(node)) {
      changed = true
      node.forEach(collect)
    } else blocks.push(node)
  }
  slice.content.forEach(collect)
  if (!changed) return slice
  if (!blocks.length) return Slice.empty
  const openStart = slice.openStart > 0 && blocks[0]!.isTextblock ? 1 : 0
  const openEnd = slice.openEnd > 0 && blocks[blocks.length - 1]!.isTextblock ? 1 : 0
  return new Slice(Fragment.from(blocks), openStart, openEnd)
}
