import type { Attribute } from '@tiptap/core'
import { newId } from './newId'

/** A stable id kept in `data-id`; nodes parsed without one get a fresh id. */
export function idAttribute(): Attribute {
  return {
    default: null,
    parseHTML: (element) => element.getAttribute('data-id') ?? newId(),
    renderHTML: (attributes) => (attributes.id ? { 'data-id': attributes.id } : {}),
  }
}
