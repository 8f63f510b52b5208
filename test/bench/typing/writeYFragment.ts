import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'

type Attributes = Record<string, unknown>

const marksOf = (node: JSONContent): Attributes =>
  Object.fromEntries((node.marks ?? []).map((mark) => [mark.type, mark.attrs ?? {}]))

function toYNodes(nodes: JSONContent[]): (Y.XmlElement | Y.XmlText)[] {
  const out: (Y.XmlElement | Y.XmlText)[] = []
  let run: { insert: string; attributes: Attributes }[] = []
  const flush = () => {
    if (run.length === 0) return
    const text = new Y.XmlText()
    text.applyDelta(run)
    out.push(text)
    run = []
  }
  for (const node of nodes) {
    if (node.type === 'text') {
      run.push({ insert: node.text ?? '', attributes: marksOf(node) })
      continue
    }
    flush()
    const element = new Y.XmlElement(node.type ?? 'paragraph')
    for (const [key, value] of Object.entries(node.attrs ?? {})) {
      if (value !== null && value !== undefined) element.setAttribute(key, value as string)
    }
    element.insert(0, toYNodes(node.content ?? []))
    out.push(element)
  }
  flush()
  return out
}

/**
 * Replaces the fragment's content with `doc`, laid out as the Yjs ↔ ProseMirror binding lays it out (one
 * XmlElement per node, one XmlText per run of text, marks as text attributes), without needing its schema.
 */
export function writeYFragment(fragment: Y.XmlFragment, doc: JSONContent): void {
  fragment.doc?.transact(() => {
    fragment.delete(0, fragment.length)
    fragment.insert(0, toYNodes(doc.content ?? []))
  })
}
