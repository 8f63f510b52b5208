import type * as Y from 'yjs'

export type ServerName = 'referat' | 'referat-memory' | 'hocuspocus' | 'y-websocket'

/** What a client needs to open one meeting on one server. */
export interface MeetingRef {
  name: string
  token?: string
}

/** One real client (its own socket and Y.Doc) as the load generator drives it. */
export interface BenchClient {
  readonly doc: Y.Doc
  /** Resolves once the first sync with the server completed. */
  readonly synced: Promise<void>
  destroy(): void
}

/** One server process started by an adapter, driven over IPC for GC and counters. */
export interface RunningServer {
  readonly pid: number
  readonly port: number
  createMeeting(): Promise<MeetingRef>
  connect(meeting: MeetingRef): BenchClient
  /** Documents the server holds in memory. */
  loadedMeetings(): Promise<number>
  /** Runs a full GC in the server process. */
  gc(): Promise<void>
  /** JS heap in use plus memory held outside it (buffers), after a GC in the server. */
  heapBytes(): Promise<number>
  /** SIGTERM: the server's own graceful shutdown. */
  stop(): Promise<void>
  /** SIGKILL: a crash. */
  kill(): Promise<void>
}

/** How to start one server as a child process with its data in `dataDir`. */
export interface ServerAdapter {
  readonly name: ServerName
  /** Whether meetings survive a restart (documents stored on disk). */
  readonly persistent: boolean
  start(dataDir: string): Promise<RunningServer>
}
