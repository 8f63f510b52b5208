export const ROLES = ['editor', 'chair', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export interface TokenClaims {
  userId: string
  name: string
  role: Role
  meetingId: string
  /** Seconds since the epoch. */
  expiresAt: number
  /** Milliseconds since the epoch; a revocation refuses tokens issued up to its moment. */
  issuedAtMs: number
}

export const canWrite = (role: Role): boolean => role !== 'viewer'
