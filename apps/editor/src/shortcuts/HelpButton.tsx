import { useEffect, useState } from 'react'
import { t } from '../i18n/strings'
import { Dialog } from '../ui/Dialog'
import { ariaKeys, formatKeys } from './formatKeys'
import { matchesKeys } from './matchesKeys'
import { HELP_SHORTCUT, SHORTCUTS } from './shortcutTable'

const s = t.help

/** The header's "keyboard shortcuts" button and its dialog; the help shortcut opens it from anywhere. */
export function HelpButton() {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!matchesKeys(event, HELP_SHORTCUT)) return
      event.preventDefault()
      setOpen(true)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  return (
    <>
      <button
        type="button"
        className="help-button"
        aria-haspopup="dialog"
        aria-keyshortcuts={ariaKeys(HELP_SHORTCUT)}
        onClick={() => setOpen(true)}
      >
        {s.open}
      </button>
      <Dialog open={open} title={s.title} onClose={() => setOpen(false)}>
        <p>{s.intro}</p>
        <table className="shortcut-table">
          <thead>
            <tr>
              <th scope="col">{s.keys}</th>
              <th scope="col">{s.action}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map(({ id, keys }) => (
              <tr key={id}>
                <td>
                  <kbd>{formatKeys(keys)}</kbd>
                </td>
                <td>{s.actions[id]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)}>
            {s.close}
          </button>
        </div>
      </Dialog>
    </>
  )
}
