import { timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { TokenClaims } from '../auth/TokenClaims'
import { isRevoked } from '../auth/isRevoked'
import { TokenError, verifyToken } from '../auth/verifyToken'
import { bearer } from './bearer'
import { HttpError } from './HttpError'
import type { ServerContext } from './ServerContext'

export function isAdmin(ctx: ServerContext, req: FastifyRequest): boolean {
  const given = Buffer.from(bearer(req) ?? '')
  const key = Buffer.from(ctx.adminKey)
  return given.length === key.length && timingSafeEqual(given, key)
}

export function requireAdmin(ctx: ServerContext, req: FastifyRequest): void {
  if (!isAdmin(ctx, req)) throw new HttpError(401, 'The admin key is missing or wrong.')
}

/** The caller's token for `meetingId`; 401/403 as at the WebSocket upgrade. */
export async function requireToken(
  ctx: ServerContext,
  req: FastifyRequest,
  meetingId: string,
  token = bearer(req),
): Promise<TokenClaims> {
  try {
    const claims = await verifyToken(ctx.secret, token, meetingId)
    if (isRevoked(ctx.store, claims)) throw new TokenError('The token has been revoked.', 401)
    return claims
  } catch (error) {
    throw new HttpError((error as { status?: number }).status ?? 401, (error as Error).message)
  }
}

export async function requireChair(
  ctx: ServerContext,
  req: FastifyRequest,
  meetingId: string,
): Promise<TokenClaims> {
  const claims = await requireToken(ctx, req, meetingId)
  if (claims.role !== 'chair') throw new HttpError(403, 'Only the chair may do this.')
  return claims
}
