import { signToken } from '../auth/signToken'
import { ROLES, type Role } from '../auth/TokenClaims'
import type { ServerContext } from './ServerContext'

/** One token per role for a new meeting, and the links that carry them. */
export async function mintMeetingTokens(ctx: ServerContext, meetingId: string) {
  const tokens = {} as Record<Role, string>
  const links = {} as Record<Role, string>
  for (const role of ROLES) {
    tokens[role] = await signToken(ctx.secret, {
      userId: role,
      name: role,
      role,
      meetingId,
      ttlSeconds: ctx.tokenTtlSeconds,
    })
    links[role] = `${ctx.publicUrl()}/m/${meetingId}?token=${tokens[role]}`
  }
  const ws = `${ctx.publicUrl().replace(/^http/, 'ws')}/collab`
  return { tokens, links: { ...links, ws } }
}
