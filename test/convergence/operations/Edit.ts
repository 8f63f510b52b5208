import type { Editor } from '@tiptap/core'
import type { EditStep } from '../scenario'

export interface EditContext {
  editor: Editor
  step: EditStep
  /** A fresh marker word nobody has typed before. */
  nextMarker: () => string
}

export interface EditOutcome {
  description: string
  /** Markers inside the range this edit deleted, in the editing client's view. */
  deleted?: string[]
  /** Markers inside the range this edit moved elsewhere. */
  moved?: string[]
  /** Markers this edit typed. */
  typed?: string[]
}

/** One kind of local edit; null when the client's document offers nothing to do it on. */
export type Edit = (context: EditContext) => EditOutcome | null
