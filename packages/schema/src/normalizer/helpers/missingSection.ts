import type { Node as PMNode } from '@tiptap/pm/model'
import { requiredSectionKinds, type MinutesConfig } from '../../config'

/**
 * The first required section kind the item lacks, and where it belongs: after the last present
 * section that comes earlier in the configured order, else right after the title. Offsets are
 * relative to the start of the item's content.
 */
export function missingSection(item: PMNode, config: MinutesConfig): { kind: string; offset: number } | null {
  const present = new Set<string>()
  item.forEach((child) => {
    if (child.type.name === 'section') present.add(String(child.attrs.kind))
  })
  const kind = requiredSectionKinds(config).find((k) => !present.has(k))
  if (kind === undefined) return null
  const order = config.sectionKinds.map((k) => k.kind)
  const rank = order.indexOf(kind)
  let offset = item.firstChild?.type.name === 'agendaTitle' ? item.firstChild.nodeSize : 0
  item.forEach((child, childOffset) => {
    if (child.type.name !== 'section') return
    const childRank = order.indexOf(String(child.attrs.kind))
    if (childRank >= 0 && childRank < rank) offset = childOffset + child.nodeSize
  })
  return { kind, offset }
}
