import type { CloseReason } from './closeCodes'

/** What a meeting needs from a connection; keeps `Meeting` free of socket details. */
export interface Peer {
  send(message: Uint8Array): void
  close(reason: CloseReason): void
  /** The peer's update with this sequence number is stored. */
  saved(seq: number): void
}
