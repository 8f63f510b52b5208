import { isMac } from './isMac'

/** Whether a key event is the shortcut `keys` (ProseMirror notation), by physical letter key. */
export function matchesKeys(event: KeyboardEvent, keys: string): boolean {
  const parts = keys.split('-')
  const key = parts.pop() ?? ''
  const mod = parts.includes('Mod')
  const wanted = {
    ctrl: parts.includes('Ctrl') || (mod && !isMac),
    meta: mod && isMac,
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
  }
  const sameKey = key.length === 1 ? event.code === `Key${key.toUpperCase()}` : event.key === key
  return (
    sameKey &&
    event.ctrlKey === wanted.ctrl &&
    event.metaKey === wanted.meta &&
    event.altKey === wanted.alt &&
    event.shiftKey === wanted.shift
  )
}
