import { isMac } from './isMac'

const MAC: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧', Ctrl: '⌃' }
const OTHER: Record<string, string> = { Mod: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Ctrl: 'Ctrl' }
const ARIA: Record<string, string> = {
  Mod: isMac ? 'Meta' : 'Control',
  Alt: 'Alt',
  Shift: 'Shift',
  Ctrl: 'Control',
}

function parts(keys: string): string[] {
  return keys.split('-').map((part, i, all) => (i === all.length - 1 ? part.toUpperCase() : part))
}

/** `Mod-Alt-g` as people read it: `Ctrl+Alt+G`, or `⌘⌥G` on a Mac. */
export function formatKeys(keys: string): string {
  const names = isMac ? MAC : OTHER
  return parts(keys)
    .map((part) => names[part] ?? part)
    .join(isMac ? '' : '+')
}

/** `Mod-Alt-g` as the `aria-keyshortcuts` attribute wants it: `Control+Alt+G`. */
export function ariaKeys(keys: string): string {
  return parts(keys)
    .map((part) => ARIA[part] ?? part)
    .join('+')
}
