import { jwtVerify } from 'jose'
import { ROLES, type Role, type TokenClaims } from './TokenClaims'

export class TokenError extends Error {
  override name = 'TokenError'
  constructor(
    message: string,
    /** 401 for a missing, expired or invalid token, 403 for a valid one that is not for this meeting. */
    readonly status: 401 | 403,
  ) {
    super(message)
  }
}

/** Checks signature, expiry and meeting; throws `TokenError`. */
export async function verifyToken(
  secret: Uint8Array,
  token: string | null | undefined,
  meetingId: string,
): Promise<TokenClaims> {
  if (!token) throw new TokenError('No token.', 401)
  let payload
  try {
    ;({ payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub', 'aud'],
    }))
  } catch (error) {
    throw new TokenError(`Invalid token: ${(error as Error).message}`, 401)
  }
  const audience = Array.isArray(payload.aud) ? payload.aud : [payload.aud]
  if (!audience.includes(meetingId)) throw new TokenError('The token is for another meeting.', 403)
  const role = payload.role as Role
  if (!ROLES.includes(role)) throw new TokenError('The token carries no known role.', 401)
  return {
    userId: payload.sub!,
    name: typeof payload.name === 'string' ? payload.name : '',
    role,
    meetingId,
    expiresAt: payload.exp!,
    issuedAtMs: typeof payload.iatMs === 'number' ? payload.iatMs : (payload.iat ?? 0) * 1000,
  }
}
