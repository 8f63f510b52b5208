import { vi } from 'vitest'

/**
 * Makes `crypto.randomUUID` (behind `newId`) count from zero again, so a replayed scenario gets the
 * same ids and the normalizer makes the same choices. Call the returned function to restore it.
 */
export function deterministicIds(): { reset: () => void; restore: () => void } {
  let next = 0
  const spy = vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => {
    next += 1
    return `00000000-0000-4000-8000-${next.toString(16).padStart(12, '0')}`
  })
  return { reset: () => void (next = 0), restore: () => spy.mockRestore() }
}
