import type { CloseReason } from './closeCodes'

/** What a meeting needs from a connection; keeps `Meeting` free of socket details. */
export interface Peer {
  send(message: Uint8Array): void
  close(reason: CloseReason): void
}
