import { describe, expect, it } from 'vitest'
import { formatDate } from './formatDate'

describe('formatDate', () => {
  it('writes an ISO date in Danish and leaves other text alone', () => {
    expect(formatDate('2024-09-20')).toBe('20. september 2024')
    expect(formatDate('fredag den 20. september')).toBe('fredag den 20. september')
  })
})
