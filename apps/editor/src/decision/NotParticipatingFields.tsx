import type { Editor } from '@tiptap/core'
import { useEffect, useState } from 'react'
import { t } from '../i18n/strings'
import { memberLine, type Member } from './presentMembers'

interface NotParticipatingFieldsProps {
  editor: Editor
  itemId: string
  notParticipating: string[]
  members: Member[]
}

/** One checkbox per member at the meeting: ticked = "deltog ikke i behandlingen" of this item. */
export function NotParticipatingFields({
  editor,
  itemId,
  notParticipating,
  members,
}: NotParticipatingFieldsProps) {
  // The editor state reaches React a frame later; until then the box shows what was just clicked.
  const [pending, setPending] = useState<string[] | null>(null)
  useEffect(() => setPending(null), [notParticipating])
  const current = pending ?? notParticipating
  const toggle = (name: string, checked: boolean) => {
    const names = checked ? [...current, name] : current.filter((n) => n !== name)
    if (editor.commands.setNotParticipating({ names, itemId })) setPending(names)
  }
  return (
    <fieldset>
      <legend>{t.decision.notParticipating}</legend>
      {members.length === 0 ? (
        <p className="hint">{t.decision.noMembers}</p>
      ) : (
        <ul className="checkbox-list">
          {members.map((m) => (
            <li key={m.name}>
              <label>
                <input
                  type="checkbox"
                  checked={current.includes(m.name)}
                  onChange={(e) => toggle(m.name, e.target.checked)}
                />
                {memberLine(m)}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
