import { describe, expect, it } from 'vitest'
import { validLinkUrl } from './validLinkUrl'

describe('validLinkUrl', () => {
  it.each([
    ['https://www.kl.dk/kkr', 'https://www.kl.dk/kkr'],
    ['  http://kl.dk ', 'http://kl.dk/'],
    ['mailto:kkr@kl.dk', 'mailto:kkr@kl.dk'],
  ])('accepts %s', (value, href) => expect(validLinkUrl(value)).toBe(href))

  it.each(['kl.dk', 'javascript:alert(1)', 'https://localhost', 'mailto:nobody', '', 'ftp://kl.dk/x'])(
    'refuses %s',
    (value) => expect(validLinkUrl(value)).toBeNull(),
  )
})
