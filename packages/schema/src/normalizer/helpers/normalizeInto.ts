import type { Node as PMNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import type { MinutesConfig } from '../../config'
import { agendaNodePositions } from './agendaNodePositions'
import { assignIds } from './assignIds'
import { fixAgendaNode } from './fixAgendaNode'

/** Each fix removes a defect; the cap only guards against a rule that would not. */
const MAX_FIXES_PER_NODE = 1000

/**
 * Groups and items already found well-formed. Nodes are immutable and an edit shares every
 * untouched one, so a keystroke re-checks only the item it is in (this runs on every local edit).
 */
const wellFormed = new WeakMap<MinutesConfig, WeakSet<PMNode>>()

/** Adds to `tr` the steps that make `tr.doc` follow the normalizer's rules. */
export function normalizeInto(tr: Transaction, config: MinutesConfig): void {
  const known = wellFormed.get(config) ?? new WeakSet<PMNode>()
  wellFormed.set(config, known)
  for (const pos of agendaNodePositions(tr.doc)) {
    if (known.has(tr.doc.nodeAt(pos)!)) continue
    let fixes = 0
    while (fixes < MAX_FIXES_PER_NODE && fixAgendaNode(tr, pos, config)) fixes++
    known.add(tr.doc.nodeAt(pos)!)
  }
  assignIds(tr)
}
