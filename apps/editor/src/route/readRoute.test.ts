import { describe, expect, it } from 'vitest'
import { readRoute } from './readRoute'

const token = (claims: object) => `h.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.s`

describe('readRoute', () => {
  it('reads the meeting id and the role and name the token carries', () => {
    const t = token({ role: 'chair', name: 'Formand Åse', userId: 'u-1' })
    expect(readRoute({ pathname: '/m/abc-123', search: `?token=${t}` })).toEqual({
      meetingId: 'abc-123',
      token: t,
      role: 'chair',
      name: 'Formand Åse',
      userId: 'u-1',
    })
  })

  it('falls back to the viewer role for an unreadable token, and to no meeting off /m/:id', () => {
    expect(readRoute({ pathname: '/m/x', search: '?token=garbage' }).role).toBe('viewer')
    expect(readRoute({ pathname: '/', search: '' }).meetingId).toBeNull()
  })
})
