import Database from 'better-sqlite3'
import { CorruptDocumentError } from './CorruptDocumentError'
import { digest } from './digest'
import type {
  MeetingListing,
  MeetingRecord,
  MeetingStatus,
  MeetingStore,
  PendingUpdate,
  StoredDocument,
} from './MeetingStore'

export interface SqliteMeetingStoreOptions {
  /** Path of the database file. */
  file: string
  /**
   * SQLite `synchronous` in WAL mode. 'full' survives power loss; 'normal' survives a killed process.
   * @default 'full'
   */
  synchronous?: 'full' | 'normal'
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meetings (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, date TEXT NOT NULL, place TEXT NOT NULL,
  status TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS snapshots (
  meeting_id TEXT PRIMARY KEY REFERENCES meetings(id), seq INTEGER NOT NULL, data BLOB NOT NULL, digest BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, meeting_id TEXT NOT NULL REFERENCES meetings(id),
  data BLOB NOT NULL, digest BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS updates_by_meeting ON updates(meeting_id, seq);
CREATE TABLE IF NOT EXISTS revocations (
  meeting_id TEXT NOT NULL REFERENCES meetings(id), user_id TEXT NOT NULL, at_ms INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, user_id));
`

interface MeetingRow {
  id: string
  title: string
  body: string
  date: string
  place: string
  status: MeetingStatus
  created_at: string
}
interface DataRow {
  seq: number
  data: Buffer
  digest: Buffer
}

const toRecord = (row: MeetingRow): MeetingRecord => ({
  id: row.id,
  title: row.title,
  body: row.body,
  date: row.date,
  place: row.place,
  status: row.status,
  createdAt: row.created_at,
})

function checked(meetingId: string, what: string, row: DataRow): Uint8Array {
  if (!digest(row.data).equals(row.digest)) {
    throw new CorruptDocumentError(`Meeting ${meetingId}: ${what} ${row.seq} fails its checksum.`)
  }
  return new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)
}

/** The embedded default: one SQLite file in WAL mode; every append is committed before it returns. */
export class SqliteMeetingStore implements MeetingStore {
  private readonly db: Database.Database

  constructor({ file, synchronous = 'full' }: SqliteMeetingStoreOptions) {
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`)
    this.db.pragma('foreign_keys = ON')
    this.db.exec(SCHEMA)
  }

  createMeeting(record: MeetingRecord, initialUpdate: Uint8Array): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(record.id, record.title, record.body, record.date, record.place, record.status, record.createdAt)
      this.db
        .prepare('INSERT INTO snapshots VALUES (?, 0, ?, ?)')
        .run(record.id, initialUpdate, digest(initialUpdate))
    })()
  }

  listMeetings(): MeetingListing[] {
    // The seed is snapshot 0; a stored update either is still in the log or has moved the snapshot past 0.
    const rows = this.db
      .prepare(
        `SELECT m.*, (s.seq > 0 OR EXISTS (SELECT 1 FROM updates u WHERE u.meeting_id = m.id)) AS edited
         FROM meetings m LEFT JOIN snapshots s ON s.meeting_id = m.id ORDER BY m.created_at DESC, m.rowid DESC`,
      )
      .all() as (MeetingRow & { edited: number | null })[]
    return rows.map((row) => ({ ...toRecord(row), edited: row.edited === 1 }))
  }

  getMeeting(id: string): MeetingRecord | undefined {
    const row = this.db.prepare('SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined
    return row && toRecord(row)
  }

  isEdited(id: string): boolean {
    const row = this.db
      .prepare(
        `SELECT (s.seq > 0 OR EXISTS (SELECT 1 FROM updates u WHERE u.meeting_id = s.meeting_id)) AS edited
         FROM snapshots s WHERE s.meeting_id = ?`,
      )
      .get(id) as { edited: number } | undefined
    return row?.edited === 1
  }

  setStatus(id: string, status: MeetingStatus): void {
    this.db.prepare('UPDATE meetings SET status = ? WHERE id = ?').run(status, id)
  }

  loadDocument(id: string): StoredDocument {
    const snap = this.db.prepare('SELECT seq, data, digest FROM snapshots WHERE meeting_id = ?').get(id) as
      DataRow | undefined
    if (!snap) throw new CorruptDocumentError(`Meeting ${id} has no stored snapshot.`)
    const rows = this.db
      .prepare('SELECT seq, data, digest FROM updates WHERE meeting_id = ? AND seq > ? ORDER BY seq')
      .all(id, snap.seq) as DataRow[]
    const snapshot = checked(id, 'snapshot', snap)
    const updates = rows.map((row) => checked(id, 'update', row))
    return {
      snapshot,
      updates,
      lastSeq: rows.at(-1)?.seq ?? snap.seq,
      bytes: updates.reduce((sum, u) => sum + u.byteLength, snapshot.byteLength),
    }
  }

  appendUpdates(updates: readonly PendingUpdate[]): number[] {
    const insert = this.db.prepare('INSERT INTO updates (meeting_id, data, digest) VALUES (?, ?, ?)')
    return this.db.transaction(() =>
      updates.map(({ meetingId, update }) =>
        Number(insert.run(meetingId, update, digest(update)).lastInsertRowid),
      ),
    )()
  }

  compact(id: string, snapshot: Uint8Array, uptoSeq: number): void {
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE snapshots SET seq = ?, data = ?, digest = ? WHERE meeting_id = ?')
        .run(uptoSeq, snapshot, digest(snapshot), id)
      this.db.prepare('DELETE FROM updates WHERE meeting_id = ? AND seq <= ?').run(id, uptoSeq)
    })()
  }

  revokeUser(meetingId: string, userId: string, atMs: number): void {
    this.db
      .prepare(
        'INSERT INTO revocations VALUES (?, ?, ?) ON CONFLICT (meeting_id, user_id) DO UPDATE SET at_ms = excluded.at_ms',
      )
      .run(meetingId, userId, atMs)
  }

  revokedAt(meetingId: string, userId: string): number | undefined {
    const row = this.db
      .prepare('SELECT at_ms FROM revocations WHERE meeting_id = ? AND user_id = ?')
      .get(meetingId, userId) as { at_ms: number } | undefined
    return row?.at_ms
  }

  close(): void {
    this.db.close()
  }
}
