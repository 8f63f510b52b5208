import type { DecorationAttrs } from '@tiptap/pm/view'

/**
 * Another user's caret with a name label. Hidden from assistive technology: it sits inside the
 * editable text, and a screen reader should read the minutes, not the names of the people typing.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span')
  caret.className = 'collaboration-carets__caret'
  caret.setAttribute('aria-hidden', 'true')
  caret.style.borderColor = String(user.color)
  const label = document.createElement('span')
  label.className = 'collaboration-carets__label'
  label.style.backgroundColor = String(user.color)
  label.textContent = String(user.name)
  caret.append(label)
  return caret
}

/** A light tint of the user's colour, so selected text keeps its contrast. */
export function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  return {
    class: 'collaboration-carets__selection',
    style: `background-color: ${String(user.color)}33`,
  }
}
