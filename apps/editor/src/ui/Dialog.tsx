import { useEffect, useId, useRef, type ReactNode } from 'react'
import { keepTabInside } from './keepTabInside'

interface DialogProps {
  open: boolean
  title: string
  /** Called when the dialog closes by any way: Escape, a close button or `open` turning false. */
  onClose: () => void
  /** Where focus goes after closing; by default the element that had it before opening. */
  returnFocus?: () => void
  children: ReactNode
}

/**
 * A modal `<dialog>`: focus stays inside it (Tab wraps), Escape closes it, and on close focus
 * returns to where it was.
 */
export function Dialog({ open, title, onClose, returnFocus, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const returnFocusRef = useRef(returnFocus)
  returnFocusRef.current = returnFocus

  useEffect(() => {
    const dialog = ref.current
    if (!open || !dialog) return
    const opener = document.activeElement
    dialog.showModal()
    return () => {
      if (dialog.open) dialog.close()
      if (returnFocusRef.current) returnFocusRef.current()
      else if (opener instanceof HTMLElement) opener.focus()
    }
  }, [open])

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={keepTabInside}
    >
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </dialog>
  )
}
