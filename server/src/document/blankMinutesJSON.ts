import type { JSONContent } from '@tiptap/core'
import { agendaItemJSON, defaultMinutesConfig } from '@referat/schema'
import type { MeetingMetadata } from '../store/MeetingStore'

/** A new KL/KKR minute: the header filled from the metadata, an empty attendance list, one agenda item. */
export function blankMinutesJSON(meta: MeetingMetadata): JSONContent {
  return {
    type: 'doc',
    content: [
      {
        type: 'meetingHeader',
        attrs: { title: meta.title, body: meta.body, date: meta.date, place: meta.place },
        content: [{ type: 'paragraph' }],
      },
      { type: 'attendance', content: [{ type: 'paragraph' }] },
      agendaItemJSON(defaultMinutesConfig, { title: 'Godkendelse af dagsorden' }),
    ],
  }
}
