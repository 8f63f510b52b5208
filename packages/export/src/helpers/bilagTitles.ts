import type { Node as PMNode } from '@tiptap/pm/model'

/** The "Bilag" list at the end of an item: each marker's title, else `Bilag N`. */
export function bilagTitles(item: PMNode): string[] {
  const titles: string[] = []
  item.descendants((node) => {
    if (node.type.name !== 'bilag') return true
    titles.push(String(node.attrs.title ?? '').trim() || `Bilag ${titles.length + 1}`)
    return false
  })
  return titles
}
