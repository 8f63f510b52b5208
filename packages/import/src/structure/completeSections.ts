import type { JSONContent } from '@tiptap/core'
import type { MinutesConfig } from '@referat/schema'
import { sectionNode } from './sectionNode'

/**
 * Inserts an empty section for every required kind the item lacks, placed by the configured order
 * (KKR 3.1 has no Baggrund: one is inserted before its Indstilling).
 */
export function completeSections(item: JSONContent, config: MinutesConfig, createId: () => string) {
  const order = new Map(config.sectionKinds.map((k, i) => [k.kind, i]))
  const content = (item.content ??= [])
  const present = new Set(content.filter((n) => n.type === 'section').map((n) => String(n.attrs?.kind)))
  for (const kind of config.sectionKinds) {
    if (!kind.required || present.has(kind.kind)) continue
    const rank = order.get(kind.kind) ?? 0
    let at = content.findIndex((n) => n.type === 'section' && (order.get(String(n.attrs?.kind)) ?? -1) > rank)
    if (at < 0) at = content.length
    content.splice(at, 0, sectionNode(createId(), kind.kind, '', '', []))
  }
}
