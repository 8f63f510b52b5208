import type { DissentEntry } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { useId, useState } from 'react'
import { t } from '../i18n/strings'
import { Field } from './Field'
import { memberLine, type Member } from './presentMembers'

interface DissentFieldsProps {
  editor: Editor
  itemId: string
  dissent: DissentEntry[]
  members: Member[]
}

const s = t.decision

/** Who asked to have their vote or opinion "ført til protokol", and why. */
export function DissentFields({ editor, itemId, dissent, members }: DissentFieldsProps) {
  const listId = useId()
  const [who, setWho] = useState('')
  const [text, setText] = useState('')
  const [error, setError] = useState('')
  const add = () => {
    if (!who.trim()) return setError(s.dissentMissingWho)
    if (editor.commands.addDissent({ who, text, itemId })) {
      setWho('')
      setText('')
      setError('')
    }
  }
  return (
    <fieldset>
      <legend>{s.dissent}</legend>
      {dissent.length > 0 && (
        <ul className="dissent-list">
          {dissent.map((d, i) => (
            <li key={i}>
              <strong>{d.who}</strong>
              {d.text && `: ${d.text}`}{' '}
              <button
                type="button"
                aria-label={s.removeDissent(d.who)}
                onClick={() => editor.commands.removeDissent({ index: i, itemId })}
              >
                {s.removeDissentLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Field label={s.dissentWho}>
        {(id) => <input id={id} list={listId} value={who} onChange={(e) => setWho(e.target.value)} />}
      </Field>
      <datalist id={listId}>
        {members.map((m) => (
          <option key={m.name} value={memberLine(m)} />
        ))}
      </datalist>
      <Field label={s.dissentText}>
        {(id) => <textarea id={id} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <p role="alert" className="field-error">
        {error}
      </p>
      <button type="button" onClick={add}>
        {s.addDissent}
      </button>
    </fieldset>
  )
}
