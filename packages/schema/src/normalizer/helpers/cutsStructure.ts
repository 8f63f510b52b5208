import type { Node as PMNode } from '@tiptap/pm/model'
import { isStructureNode } from './isStructureNode'

/** Whether the range from–to holds one boundary of a structure node but not the other. */
export function cutsStructure(doc: PMNode, from: number, to: number): boolean {
  if (from >= to) return false
  const $from = doc.resolve(from)
  const $to = doc.resolve(to)
  const shared = $from.sharedDepth(to)
  for (let d = shared + 1; d <= $from.depth; d++) if (isStructureNode($from.node(d))) return true
  for (let d = shared + 1; d <= $to.depth; d++) if (isStructureNode($to.node(d))) return true
  return false
}
