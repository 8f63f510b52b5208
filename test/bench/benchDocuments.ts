import type { JSONContent } from '@tiptap/core'
import { kkrDoc } from '../../packages/export/src/testing/fixtures'
import { manyItems } from '../../packages/export/src/testing/syntheticMinutes'

/** The documents the export benchmark measures: the KKR minute (19 pages), ×5 (~84 pages), 500 items (~181). */
export function benchDocuments(): { name: string; doc: JSONContent }[] {
  const kkr = kkrDoc()
  const groups = (kkr.content ?? []).filter((p) => p.type === 'agendaGroup')
  const kkrTimes5 = {
    ...kkr,
    content: [...(kkr.content ?? []), ...Array.from({ length: 4 }, () => groups).flat()],
  }
  return [
    { name: 'KKR fixture', doc: kkr },
    { name: 'KKR × 5', doc: kkrTimes5 },
    { name: '500 items', doc: manyItems(500) },
  ]
}
