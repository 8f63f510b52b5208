import { describe, expect, it } from 'vitest'
import { USER_COLORS, userColor } from './userColor'

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

describe('userColor', () => {
  it('gives a user the same colour every time and spreads users over the palette', () => {
    expect(userColor('editor-1')).toBe(userColor('editor-1'))
    const used = new Set(Array.from({ length: 60 }, (_, i) => userColor(`user-${i}`)))
    expect(used.size).toBeGreaterThanOrEqual(8)
  })

  it('only uses colours with at least 4.5:1 contrast to white label text', () => {
    for (const color of USER_COLORS) expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5)
  })
})
