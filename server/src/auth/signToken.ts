import { SignJWT } from 'jose'
import type { Role } from './TokenClaims'

export interface TokenRequest {
  userId: string
  name: string
  role: Role
  meetingId: string
  ttlSeconds: number
}

/** An HS256 JWT: `sub` is the user, `aud` the meeting. */
export async function signToken(secret: Uint8Array, request: TokenRequest): Promise<string> {
  return new SignJWT({ name: request.name, role: request.role, iatMs: Date.now() })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(request.userId)
    .setAudience(request.meetingId)
    .setIssuedAt()
    .setExpirationTime(`${request.ttlSeconds}s`)
    .sign(secret)
}
