import { useId, useRef, useState } from 'react'
import { t } from '../i18n/strings'

interface FinalizeControlsProps {
  finalized: boolean
  act: (action: 'finalize' | 'reopen') => Promise<void>
}

const s = t.chair

/** "Godkend referatet endeligt" behind a confirmation dialog, and "Genåbn" once finalized. */
export function FinalizeControls({ finalized, act }: FinalizeControlsProps) {
  const titleId = useId()
  const textId = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const [failed, setFailed] = useState(false)
  const run = async (action: 'finalize' | 'reopen') => {
    setFailed(false)
    try {
      await act(action)
    } catch (error) {
      console.error(error)
      setFailed(true)
    }
  }
  const close = () => {
    dialog.current?.close()
    opener.current?.focus()
  }
  return (
    <div className="finalize-controls">
      {finalized ? (
        <>
          <p className="approval-state approved">{s.finalized}</p>
          <button type="button" onClick={() => run('reopen')}>
            {s.reopen}
          </button>
        </>
      ) : (
        <button type="button" ref={opener} onClick={() => dialog.current?.showModal()}>
          {s.finalize}
        </button>
      )}
      <p role="alert" className="field-error">
        {failed && s.actionFailed}
      </p>
      <dialog ref={dialog} aria-labelledby={titleId} aria-describedby={textId} onCancel={close}>
        <h2 id={titleId}>{s.finalizeTitle}</h2>
        <p id={textId}>{s.finalizeText}</p>
        <div className="button-row">
          <button
            type="button"
            onClick={() => {
              dialog.current?.close()
              void run('finalize')
            }}
          >
            {s.finalizeConfirm}
          </button>
          <button type="button" onClick={close}>
            {s.cancel}
          </button>
        </div>
      </dialog>
    </div>
  )
}
