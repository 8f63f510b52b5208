import { describe, expect, it } from 'vitest'
import { readRoute } from './readRoute'

const base64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
const token = (claims: object) => `h.${base64url(JSON.stringify(claims))}.s`

describe('readRoute', () => {
  it('reads the meeting id and the role and name the token carries', () => {
    const t = token({ role: 'chair', name: 'Formand Åse Ærø-Sørensen', userId: 'u-1' })
    expect(readRoute({ pathname: '/m/abc-123', search: `?token=${t}` })).toEqual({
      meetingId: 'abc-123',
      token: t,
      role: 'chair',
      name: 'Formand Åse Ærø-Sørensen',
      userId: 'u-1',
    })
  })

  it('falls back to the viewer role for an unreadable token, and to no meeting off /m/:id', () => {
    expect(readRoute({ pathname: '/m/x', search: '?token=garbage' }).role).toBe('viewer')
    expect(readRoute({ pathname: '/', search: '' }).meetingId).toBeNull()
  })
})
