import type { MeetingStore } from '../store/MeetingStore'
import type { TokenClaims } from './TokenClaims'

/** A token issued up to the moment its user's access to the meeting was revoked. */
export function isRevoked(store: MeetingStore, claims: TokenClaims): boolean {
  const at = store.revokedAt(claims.meetingId, claims.userId)
  return at !== undefined && claims.issuedAtMs <= at
}
