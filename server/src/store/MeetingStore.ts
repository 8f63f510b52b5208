export const MEETING_STATUSES = ['open', 'finalized'] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

export interface MeetingMetadata {
  title: string
  body: string
  date: string
  place: string
}

export interface MeetingRecord extends MeetingMetadata {
  id: string
  status: MeetingStatus
  createdAt: string
}

/** A meeting as the list shows it. */
export interface MeetingListing extends MeetingRecord {
  /** True once any update has been stored after the seed (a compaction keeps it true). */
  edited: boolean
}

/** What a meeting's document is stored as: the last snapshot and the updates appended since. */
export interface StoredDocument {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
  /** Sequence number of the last update in `updates` (or of the snapshot when there are none). */
  lastSeq: number
  /** Stored bytes, snapshot plus log. */
  bytes: number
}

export interface PendingUpdate {
  meetingId: string
  update: Uint8Array
}

/**
 * Storage of meetings and their Yjs documents. The sync code only talks to this, so a second backend
 * (PostgreSQL) can be added without touching it. Every method throws on failure; none returns a
 * made-up empty document.
 */
export interface MeetingStore {
  createMeeting(record: MeetingRecord, initialUpdate: Uint8Array): void
  /** Newest first. */
  listMeetings(): MeetingListing[]
  getMeeting(id: string): MeetingRecord | undefined
  /** Whether any update has been stored after the seed (see `MeetingListing.edited`). */
  isEdited(id: string): boolean
  setStatus(id: string, status: MeetingStatus): void
  /** Throws `CorruptDocumentError` when a stored row fails its checksum. */
  loadDocument(id: string): StoredDocument
  /**
   * Appends the updates in one transaction: all or none, durable when it returns. Returns their sequence
   * numbers in order.
   */
  appendUpdates(updates: readonly PendingUpdate[]): number[]
  /** Replaces the snapshot with `snapshot` and drops log entries up to and including `uptoSeq`. */
  compact(id: string, snapshot: Uint8Array, uptoSeq: number): void
  /** Refuses, from now on, every token of `userId` for the meeting issued up to `atMs`. */
  revokeUser(meetingId: string, userId: string, atMs: number): void
  /** When `userId`'s tokens for the meeting were last revoked, if ever. */
  revokedAt(meetingId: string, userId: string): number | undefined
  close(): void
}
