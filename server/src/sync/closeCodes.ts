/**
 * Close codes. y-websocket's provider stops reconnecting on 4400–4499 (the server decided; retrying
 * cannot help) and retries on everything else, so transient reasons use 45xx.
 */
export const CLOSE = {
  malformed: { code: 4400, reason: 'malformed message' },
  tokenExpired: { code: 4401, reason: 'token expired' },
  serverOwned: { code: 4403, reason: 'update touches server-owned data' },
  revoked: { code: 4410, reason: 'access revoked' },
  tooLarge: { code: 4413, reason: 'document size limit reached' },
  storeFailed: { code: 4500, reason: 'could not store the update' },
  outOfOrder: { code: 4509, reason: 'update depends on unknown changes' },
  slowClient: { code: 4503, reason: 'client too slow, resync' },
  rateLimited: { code: 4529, reason: 'too many messages' },
  meetingUnloaded: { code: 4504, reason: 'meeting unloaded' },
  shutdown: { code: 1012, reason: 'server restarting' },
} as const

export type CloseReason = keyof typeof CLOSE
