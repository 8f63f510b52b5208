import { readFileSync } from 'node:fs'
import { importText } from '@referat/import'
import { newId } from '@referat/schema'
import type { JSONContent } from '@tiptap/core'

export const KKR_FIXTURE = new URL(
  '../../../../shared/fixtures/kkr-nordjylland-2024-09-20.txt',
  import.meta.url,
).pathname

function withFreshIds(node: JSONContent): JSONContent {
  const attrs = node.attrs && 'id' in node.attrs ? { ...node.attrs, id: newId() } : node.attrs
  return {
    ...node,
    ...(attrs && { attrs }),
    ...(node.content && { content: node.content.map(withFreshIds) }),
  }
}

/**
 * The KKR minute with its agenda groups repeated four times (~100 pages). Each copy gets fresh ids, or the
 * normalizer would rewrite the repeated ones when the editor opens the document.
 */
export function kkrTimesFour(): JSONContent {
  const kkr = importText(readFileSync(KKR_FIXTURE, 'utf8'))
  const groups = (kkr.content ?? []).filter((part) => part.type === 'agendaGroup')
  const copies = Array.from({ length: 3 }, () => groups.map(withFreshIds)).flat()
  return { ...kkr, content: [...(kkr.content ?? []), ...copies] }
}
