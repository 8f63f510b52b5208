import type { Editor } from '@tiptap/core'
import { useId, useState, type FormEvent } from 'react'
import { t } from '../i18n/strings'
import { Dialog } from '../ui/Dialog'

const s = t.toolbar.bilagDialog

interface BilagDialogProps {
  editor: Editor
  open: boolean
  onClose: () => void
}

/** Title and "may be published" for a new "./." marker at the selection. */
export function BilagDialog({ editor, open, onClose }: BilagDialogProps) {
  return (
    <Dialog open={open} title={s.title} onClose={onClose} returnFocus={() => editor.commands.focus()}>
      <BilagForm editor={editor} onDone={onClose} />
    </Dialog>
  )
}

function BilagForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const [title, setTitle] = useState('')
  const [publishable, setPublishable] = useState(true)
  const [error, setError] = useState('')
  const errorId = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!title.trim()) return setError(s.required)
    if (!editor.chain().insertBilag({ title: title.trim(), publishable }).run()) return setError(s.notHere)
    onDone()
  }

  return (
    <form onSubmit={submit} noValidate>
      <label className="field">
        {s.name}
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
          autoFocus
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={publishable} onChange={(e) => setPublishable(e.target.checked)} />
        {s.publishable}
      </label>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit">{s.submit}</button>
        <button type="button" onClick={onDone}>
          {t.toolbar.cancel}
        </button>
      </div>
    </form>
  )
}
