import { randomUUID } from 'node:crypto'
import type { JSONContent } from '@tiptap/core'
import { blankMinutesJSON } from '../document/blankMinutesJSON'
import { seedUpdate } from '../document/seedUpdate'
import type { MeetingMetadata, MeetingRecord } from '../store/MeetingStore'
import type { ServerContext } from './ServerContext'
import { mintMeetingTokens } from './mintMeetingTokens'

/** Stores a new meeting seeded with `json` (or the blank template) and returns its tokens and links. */
export async function createMeeting(ctx: ServerContext, meta: MeetingMetadata, json?: JSONContent) {
  const record: MeetingRecord = {
    ...meta,
    id: randomUUID(),
    status: 'open',
    createdAt: new Date().toISOString(),
  }
  ctx.store.createMeeting(record, seedUpdate(json ?? blankMinutesJSON(meta)))
  return { id: record.id, ...(await mintMeetingTokens(ctx, record.id)) }
}
