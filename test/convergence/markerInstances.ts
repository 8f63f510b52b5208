import type { Node as PMNode } from '@tiptap/pm/model'
import type * as Y from 'yjs'
import { findMarkers } from './findMarkers'
import { idKey, yTypeSpans } from './yTypeSpans'

/** One copy of a marker in the shared tree: the text holding it and what one must have seen to see it. */
export interface MarkerInstance {
  marker: string
  /** Y ids of the shared text holding the marker and of every element around it, innermost first. */
  chain: string[]
  /** Y ids (client, clock) of the marker's characters. */
  chars: [client: number, clock: number][]
}

/** Every marker in the document, located in the shared tree. */
export function markerInstances(fragment: Y.XmlFragment, doc: PMNode): MarkerInstance[] {
  const texts = [...yTypeSpans(fragment, doc).values()].filter((span) => span.text)
  const instances: MarkerInstance[] = []
  for (const [marker, spans] of findMarkers(doc)) {
    for (const span of spans) {
      const text = texts.find(({ from, to }) => from <= span.from && span.to <= to)
      if (!text) continue
      const chain: string[] = []
      for (
        let type: Y.AbstractType<unknown> | null = text.type as Y.AbstractType<unknown>;
        type?._item;
        type = type.parent
      ) {
        chain.push(idKey(type._item.id))
      }
      instances.push({
        marker,
        chain,
        chars: charClocks(text.type as Y.AbstractType<unknown>, span.from - text.from, span.to - span.from),
      })
    }
  }
  return instances
}

function charClocks(text: Y.AbstractType<unknown>, offset: number, length: number): [number, number][] {
  const chars: [number, number][] = []
  let index = 0
  for (let item = text._start; item && index < offset + length; item = item.right) {
    if (item.deleted || !item.countable) continue
    for (let i = Math.max(offset, index); i < Math.min(offset + length, index + item.length); i++) {
      chars.push([item.id.client, item.id.clock + i - index])
    }
    index += item.length
  }
  return chars
}
