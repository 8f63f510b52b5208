import type { NodeWithPos } from '@tiptap/core'

/** The position right after `target`. */
export function endOf(target: NodeWithPos): number {
  return target.pos + target.node.nodeSize
}
