import type { JSONContent } from '@tiptap/core'
import { newId } from '../../helpers/newId'

export interface SectionAttrs {
  /** Section kind from configuration, e.g. `beslutning`. */
  kind: string
  /** Overrides the configured label, e.g. "Beslutning i Udvalget den 10-04-2013". */
  heading?: string
  /** Dates a decision. */
  date?: string
}

/** A new section of `kind` holding one empty paragraph. */
export function sectionJSON({ kind, heading = '', date = '' }: SectionAttrs): JSONContent {
  return {
    type: 'section',
    attrs: { id: newId(), kind, heading, date },
    content: [{ type: 'paragraph' }],
  }
}
