import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { minutesNodeExtensions } from './extensions'

let cached: Schema | undefined

/** The ProseMirror schema of the minutes, built headless (no DOM needed). */
export function getMinutesSchema(): Schema {
  cached ??= getSchema(minutesNodeExtensions())
  return cached
}
