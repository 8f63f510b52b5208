import { describe, expect, it } from 'vitest'
import { meetingStatus } from './meetingStatus'

describe('meetingStatus', () => {
  it('is draft until something is stored, in progress after, approved once finalized', () => {
    expect(meetingStatus({ status: 'open', edited: false })).toBe('draft')
    expect(meetingStatus({ status: 'open', edited: true })).toBe('inProgress')
    expect(meetingStatus({ status: 'finalized', edited: true })).toBe('approved')
  })
})
