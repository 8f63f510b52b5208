import { describe, expect, it } from 'vitest'
import { ariaKeys, formatKeys } from './formatKeys'
import { matchesKeys } from './matchesKeys'
import { SHORTCUTS } from './shortcutTable'

const press = (code: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>>) =>
  ({
    code,
    key: code.replace('Key', '').toLowerCase(),
    ctrlKey: false,
    altKey: false,
    shiftKey: false,
    metaKey: false,
    ...mods,
  }) as KeyboardEvent

describe('shortcut keys outside a Mac', () => {
  it('reads and announces them', () => {
    expect(formatKeys('Mod-Alt-g')).toBe('Ctrl+Alt+G')
    expect(formatKeys('Mod-Shift-z')).toBe('Ctrl+Shift+Z')
    expect(ariaKeys('Mod-Alt-k')).toBe('Control+Alt+K')
  })

  it('matches the physical key with exactly the modifiers', () => {
    expect(matchesKeys(press('KeyK', { ctrlKey: true, altKey: true }), 'Mod-Alt-k')).toBe(true)
    expect(matchesKeys(press('KeyK', { ctrlKey: true }), 'Mod-Alt-k')).toBe(false)
    expect(matchesKeys(press('KeyK', { ctrlKey: true, altKey: true, shiftKey: true }), 'Mod-Alt-k')).toBe(
      false,
    )
    expect(matchesKeys(press('KeyJ', { ctrlKey: true, altKey: true }), 'Mod-Alt-k')).toBe(false)
  })

  it('gives every shortcut its own keys', () => {
    expect(new Set(SHORTCUTS.map((s) => s.keys)).size).toBe(SHORTCUTS.length)
  })
})
