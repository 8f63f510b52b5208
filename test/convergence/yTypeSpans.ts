import type { Node as PMNode } from '@tiptap/pm/model'
import * as Y from 'yjs'

export type Span = readonly [from: number, to: number]

/** Where a shared type's content is in the editor; `text` for a Y.XmlText (a run of text nodes). */
export interface TypeSpan {
  from: number
  to: number
  text: boolean
  type: Y.XmlElement | Y.XmlText
}

/** A Y item id as a map key. */
export function idKey(id: Y.ID): string {
  return `${id.client}:${id.clock}`
}

/**
 * Where each shared element and text is in the editor's document, by Y id, found by walking the
 * Y tree and the document side by side (the binding's own mapping misses texts, and two adjacent
 * Y texts show as one run of text). Stops descending where the two disagree.
 */
export function yTypeSpans(fragment: Y.XmlFragment, doc: PMNode): Map<string, TypeSpan> {
  const spans = new Map<string, TypeSpan>()
  walk(fragment, doc, 0, spans)
  return spans
}

function walk(parent: Y.XmlFragment, node: PMNode, start: number, spans: Map<string, TypeSpan>): void {
  let index = 0
  let childStart = start
  let pos = start
  for (const type of parent.toArray()) {
    if (type instanceof Y.XmlText) {
      if (type._item) spans.set(idKey(type._item.id), { from: pos, to: pos + type.length, text: true, type })
      pos += type.length
      continue
    }
    if (!(type instanceof Y.XmlElement)) continue
    while (index < node.childCount && childStart < pos) childStart += node.child(index++).nodeSize
    const child = index < node.childCount ? node.child(index) : undefined
    if (!child || childStart !== pos || child.type.name !== type.nodeName) return
    if (type._item)
      spans.set(idKey(type._item.id), { from: pos, to: pos + child.nodeSize, text: false, type })
    walk(type, child, pos + 1, spans)
    pos += child.nodeSize
    childStart = pos
    index += 1
  }
}
