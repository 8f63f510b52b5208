import type { ServerMetrics } from '../metrics/createMetrics'
import type { MeetingStore } from '../store/MeetingStore'
import type { MeetingRegistry } from '../sync/MeetingRegistry'

export interface ServerContext {
  store: MeetingStore
  registry: MeetingRegistry
  metrics: ServerMetrics
  secret: Uint8Array
  adminKey: string
  tokenTtlSeconds: number
  /** Closes the user's open sockets in the meeting; returns how many. */
  disconnectUser(meetingId: string, userId: string): number
  /** `http://host:port` clients should use. */
  publicUrl(): string
}
