import type { Attribute } from '@tiptap/core'

/** A string attribute stored as `data-<name>` in HTML. */
export function textAttribute(name: string, fallback = ''): Attribute {
  return {
    default: fallback,
    parseHTML: (element) => element.getAttribute(`data-${name}`) ?? fallback,
    renderHTML: (attributes) => ({ [`data-${name}`]: String(attributes[name] ?? fallback) }),
  }
}
