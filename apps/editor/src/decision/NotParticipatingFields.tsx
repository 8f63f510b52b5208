import type { Editor } from '@tiptap/core'
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
  const toggle = (name: string, checked: boolean) => {
    const names = checked ? [...notParticipating, name] : notParticipating.filter((n) => n !== name)
    editor.commands.setNotParticipating({ names, itemId })
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
                  checked={notParticipating.includes(m.name)}
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
