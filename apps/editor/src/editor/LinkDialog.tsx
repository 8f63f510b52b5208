import type { Editor } from '@tiptap/core'
import { useId, useState, type FormEvent } from 'react'
import { t } from '../i18n/strings'
import { Dialog } from '../ui/Dialog'
import { validLinkUrl } from './validLinkUrl'

const s = t.toolbar.linkDialog

interface LinkDialogProps {
  editor: Editor
  open: boolean
  onClose: () => void
}

/** Adds, changes or removes the link at the selection; without selected text the address becomes the text. */
export function LinkDialog({ editor, open, onClose }: LinkDialogProps) {
  return (
    <Dialog open={open} title={s.title} onClose={onClose} returnFocus={() => editor.commands.focus()}>
      <LinkForm editor={editor} onDone={onClose} />
    </Dialog>
  )
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const current = (editor.getAttributes('link').href as string | undefined) ?? ''
  const [value, setValue] = useState(current)
  const [invalid, setInvalid] = useState(false)
  const hintId = useId()
  const errorId = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const href = validLinkUrl(value)
    if (!href) return setInvalid(true)
    const chain = editor.chain()
    if (current || !editor.state.selection.empty) chain.extendMarkRange('link').setLink({ href })
    else chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
    chain.run()
    onDone()
  }
  const remove = () => {
    editor.chain().extendMarkRange('link').unsetLink().run()
    onDone()
  }

  return (
    <form onSubmit={submit} noValidate>
      <label className="field">
        {s.url}
        <input
          inputMode="url"
          value={value}
          onChange={(e) => {
            setValue(e.target.value)
            setInvalid(false)
          }}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
          autoFocus
        />
      </label>
      <p id={hintId} className="field-hint">
        {s.hint}
      </p>
      {invalid && (
        <p id={errorId} className="field-error" role="alert">
          {s.invalid}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit">{s.submit}</button>
        {current && (
          <button type="button" onClick={remove}>
            {s.remove}
          </button>
        )}
        <button type="button" onClick={onDone}>
          {t.toolbar.cancel}
        </button>
      </div>
    </form>
  )
}
