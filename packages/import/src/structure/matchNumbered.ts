import type { CompiledVocabulary } from '../vocabulary/compileVocabulary'
import type { LineClass } from './LineClass'

type Numbered = Extract<LineClass, { kind: 'numbered' }>

/**
 * A line starting with a number may be a group, an item of its own or a list line; only the
 * context can tell, so every reading the vocabulary allows is kept. `full` is the untruncated line.
 */
export function matchNumbered(text: string, full: string, v: CompiledVocabulary): Numbered | undefined {
  const result: Numbered = { kind: 'numbered' }
  if (text === full) {
    for (const pattern of v.groups) {
      const g = pattern.exec(text)?.groups
      if (g?.number && g.title) result.group ??= { number: Number(g.number), title: g.title }
    }
    for (const pattern of v.items) {
      const g = pattern.exec(text)?.groups
      if (g?.number) result.item ??= { number: Number(g.number), title: g.title ?? '' }
    }
  }
  const ordered = v.orderedList.exec(text)
  const listText = ordered?.groups?.text
  if (ordered && listText !== undefined) {
    const start = ordered[0].length - listText.length
    result.ordered = { number: Number(ordered.groups?.number), text: full.slice(start) }
  }
  return result.group || result.item || result.ordered ? result : undefined
}
