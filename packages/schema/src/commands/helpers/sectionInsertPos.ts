import type { NodeWithPos } from '@tiptap/core'
import type { MinutesConfig } from '../../config'
import { childrenOf } from './childrenOf'
import { endOf } from './endOf'
import { sectionRank } from './sectionRank'

/** Where a new section of `kind` goes in `item`: after the sections whose kinds come earlier or equal. */
export function sectionInsertPos(config: MinutesConfig, item: NodeWithPos, kind: string): number {
  const rank = sectionRank(config, kind)
  const sections = childrenOf(item, 'section')
  const before = sections.filter((s) => sectionRank(config, String(s.node.attrs.kind)) <= rank).at(-1)
  if (before) return endOf(before)
  return sections[0]?.pos ?? endOf(item) - 1
}
