import type { Role } from './Role'

export interface Route {
  meetingId: string | null
  token: string | null
  role: Role
  name: string
  /** Stable per person across tabs and devices; presence is deduplicated by it. */
  userId: string
}

type Claims = { role?: string; name?: string; userId?: string }

function tokenClaims(token: string): Claims {
  try {
    const payload = atob((token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))
    // The payload is UTF-8 JSON; atob gives one character per byte, so names like "Søren" need decoding.
    const json = new TextDecoder().decode(Uint8Array.from(payload, (c) => c.charCodeAt(0)))
    return JSON.parse(json) as Claims
  } catch {
    return {}
  }
}

/**
 * Reads `/m/:id?token=…`. The role is read from the token without verifying it: it only chooses the UI,
 * the server enforces what the token allows.
 */
export function readRoute(location: Pick<Location, 'pathname' | 'search'>): Route {
  const match = /^\/m\/([^/]+)\/?$/.exec(location.pathname)
  const token = new URLSearchParams(location.search).get('token')
  const claims = token ? tokenClaims(token) : {}
  const role: Role = claims.role === 'editor' || claims.role === 'chair' ? claims.role : 'viewer'
  return {
    meetingId: match?.[1] ? decodeURIComponent(match[1]) : null,
    token,
    role,
    name: claims.name ?? '',
    userId: claims.userId ?? '',
  }
}
