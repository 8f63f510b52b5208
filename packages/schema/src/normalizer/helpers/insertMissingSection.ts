import type { Node as PMNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import type { MinutesConfig } from '../../config'
import { missingSection } from './missingSection'
import { newSection } from './newSection'

/** Inserts one missing required section, empty, where the configured order puts it. Moves nothing. */
export function insertMissingSection(
  tr: Transaction,
  pos: number,
  item: PMNode,
  config: MinutesConfig,
): boolean {
  const missing = missingSection(item, config)
  if (!missing) return false
  tr.insert(pos + 1 + missing.offset, newSection(tr.doc.type.schema, missing.kind))
  return true
}
