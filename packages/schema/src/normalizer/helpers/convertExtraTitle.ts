import type { Node as PMNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import type { MinutesConfig } from '../../config'
import { extraTitle } from './extraTitle'
import { newSection } from './newSection'

/**
 * A second title in an item or group: empty, it goes; with text, the text becomes a paragraph at the
 * start of the following section (else the end of the preceding one), or in place in a group's free text.
 */
export function convertExtraTitle(
  tr: Transaction,
  pos: number,
  node: PMNode,
  config: MinutesConfig,
): boolean {
  const extra = extraTitle(node)
  if (!extra) return false
  const start = pos + 1 + extra.offset
  const end = start + extra.title.nodeSize
  const schema = tr.doc.type.schema
  const paragraph = schema.nodes.paragraph!.create(null, extra.title.content)
  if (!extra.title.content.size) tr.delete(start, end)
  else if (node.type.name === 'agendaGroup') tr.replaceWith(start, end, paragraph)
  else {
    const next = siblingSection(node, extra.index, 1)
    const previous = siblingSection(node, extra.index, -1)
    if (next) tr.insert(pos + 1 + next.offset + 1, paragraph).delete(start, end)
    else if (previous)
      tr.delete(start, end).insert(pos + 1 + previous.offset + previous.node.nodeSize - 1, paragraph)
    else
      tr.replaceWith(
        start,
        end,
        newSection(schema, config.sectionKinds[0]?.kind ?? 'sagsfremstilling', paragraph),
      )
  }
  return true
}

function siblingSection(node: PMNode, index: number, dir: 1 | -1): { node: PMNode; offset: number } | null {
  let found: { node: PMNode; offset: number } | null = null
  node.forEach((child, offset, i) => {
    if (child.type.name !== 'section' || (dir === 1 ? i <= index : i >= index)) return
    if (dir === -1 || !found) found = { node: child, offset }
  })
  return found
}
