import type { Attribute } from '@tiptap/core'

/** An attribute holding JSON (arrays, objects), stored in one `data-*` HTML attribute. */
export function jsonAttribute<T>(name: string, fallback: T): Attribute {
  return {
    default: fallback,
    parseHTML: (element) => {
      const raw = element.getAttribute(`data-${name}`)
      if (!raw) return fallback
      try {
        return JSON.parse(raw) as T
      } catch {
        return fallback
      }
    },
    renderHTML: (attributes) => ({ [`data-${name}`]: JSON.stringify(attributes[name] ?? fallback) }),
  }
}
