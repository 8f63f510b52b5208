import type { KeyboardEvent } from 'react'

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])'

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last: a modal
 * dialog otherwise lets focus leave for the browser's own controls.
 */
export function keepTabInside(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'Tab') return
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0,
  )
  const first = controls[0]
  const last = controls.at(-1)
  if (!first || !last) return event.preventDefault()
  const active = document.activeElement
  const wrapTo = event.shiftKey
    ? active === first || active === event.currentTarget
      ? last
      : null
    : active === last
      ? first
      : null
  if (!wrapTo) return
  event.preventDefault()
  wrapTo.focus()
}
