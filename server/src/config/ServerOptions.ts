import type { MeetingStore } from '../store/MeetingStore'

export interface Limits {
  /**
   * Largest WebSocket frame; ws closes a larger one with 1009.
   * @default 2 MiB
   */
  maxFrameBytes: number
  /**
   * Open sockets per meeting; more get HTTP 429 at the upgrade.
   * @default 100
   */
  maxConnectionsPerMeeting: number
  /**
   * Open sockets per remote address; more get HTTP 429 at the upgrade.
   * @default 50
   */
  maxConnectionsPerIp: number
  /**
   * Messages a connection may send per second (token bucket holding one second's worth).
   * @default 300
   */
  maxMessagesPerSecond: number
  /**
   * Stored size of one meeting (snapshot plus log); an update past it is refused with 4413.
   * @default 64 MiB
   */
  maxDocumentBytes: number
  /**
   * A client whose unsent backlog grows past this is closed (4503) so it resyncs.
   * @default 8 MiB
   */
  maxBufferedBytes: number
  /**
   * Awareness (presence) client ids one connection may introduce; entries for more are dropped.
   * @default 4
   */
  maxAwarenessIdsPerConnection: number
  /**
   * Largest awareness state (JSON) of one client id; a larger one is dropped.
   * @default 8 KiB
   */
  maxAwarenessStateBytes: number
}

export interface ServerOptions {
  /** Secret for HS256 tokens, at least 32 bytes. */
  secret: string
  /** Key for the admin API (`Authorization: Bearer …`). */
  adminKey: string
  /** Where meetings are kept. */
  store: MeetingStore
  /** @default '127.0.0.1' */
  host?: string
  /** 0 picks a free port. @default 1234 */
  port?: number
  /** Caps on hostile or runaway clients. */
  limits?: Partial<Limits>
  /**
   * Log entries in the update log that trigger a background compaction into the snapshot.
   * @default 500
   */
  compactAfterUpdates?: number
  /**
   * How long a meeting stays in memory after its last client left.
   * @default 5000
   */
  unloadGraceMs?: number
  /**
   * Ping interval; a peer that missed one pong is terminated.
   * @default 30000
   */
  keepaliveMs?: number
  /** Built editor app served at `/` when the folder exists. */
  staticDir?: string
  /** pino level; 'silent' in tests. @default 'info' */
  logLevel?: string
  /** Lifetime of tokens minted by the API, in seconds. @default 12 hours */
  tokenTtlSeconds?: number
  /** Base URL put into the links the API returns. @default the listening address */
  publicUrl?: string
}

export const defaultLimits: Limits = {
  maxFrameBytes: 2 * 1024 * 1024,
  maxConnectionsPerMeeting: 100,
  maxConnectionsPerIp: 50,
  maxMessagesPerSecond: 300,
  maxDocumentBytes: 64 * 1024 * 1024,
  maxBufferedBytes: 8 * 1024 * 1024,
  maxAwarenessIdsPerConnection: 4,
  maxAwarenessStateBytes: 8 * 1024,
}
