import type { JSONContent } from '@tiptap/core'
import { requiredSectionKinds, type MinutesConfig } from '../../config'
import { newId } from '../../helpers/newId'
import { agendaTitleJSON } from './agendaTitleJSON'
import { sectionJSON } from './sectionJSON'

export interface AgendaItemAttrs {
  title?: string
  /** e.g. `SAG-2024-03326`. */
  caseNumber?: string
  /** Initials of the case officer, e.g. `hlth`. */
  caseOfficer?: string
  /** A lukket punkt, left out of the public minutes. */
  closed?: boolean
}

/** A new agenda item: its title, then one empty section per required kind, in configuration order. */
export function agendaItemJSON(config: MinutesConfig, attrs: AgendaItemAttrs = {}): JSONContent {
  return {
    type: 'agendaItem',
    attrs: {
      id: newId(),
      caseNumber: attrs.caseNumber ?? '',
      caseOfficer: attrs.caseOfficer ?? '',
      closed: attrs.closed ?? false,
    },
    content: [
      agendaTitleJSON(attrs.title),
      ...requiredSectionKinds(config).map((kind) => sectionJSON({ kind })),
    ],
  }
}
