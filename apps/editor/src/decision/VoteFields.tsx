import { voteLine, type VoteRecord } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { useId, useState } from 'react'
import { t } from '../i18n/strings'
import { Field } from './Field'
import type { Member } from './presentMembers'

interface VoteFieldsProps {
  editor: Editor
  itemId: string
  votes: VoteRecord | null
  members: Member[]
}

const s = t.decision
const listOf = (text: string) => text.split(',').map((n) => n.trim())
const textOf = (names: string[] | undefined) => (names ?? []).join(', ')

/** For / imod / undlod by member name or party letter, or one click for "enstemmigt". */
export function VoteFields({ editor, itemId, votes, members }: VoteFieldsProps) {
  const hintId = useId()
  const [draft, setDraft] = useState({
    for: textOf(votes?.for),
    against: textOf(votes?.against),
    abstain: textOf(votes?.abstain),
  })
  const record = (vote: VoteRecord) => editor.commands.recordVote({ ...vote, itemId })
  const parties = [...new Set(members.map((m) => m.party).filter(Boolean))].sort()
  const field = (key: keyof typeof draft, label: string) => (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          value={draft[key]}
          aria-describedby={hintId}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      )}
    </Field>
  )
  return (
    <fieldset>
      <legend>{s.votes}</legend>
      <p className="decision-current" role="status">
        {voteLine(votes) ?? s.noVote}
      </p>
      <p id={hintId} className="hint">
        {s.votesHint}
        {parties.length > 0 && ` ${s.parties}: ${parties.join(', ')}.`}
      </p>
      {field('for', s.for)}
      {field('against', s.against)}
      {field('abstain', s.abstain)}
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            record({ for: listOf(draft.for), against: listOf(draft.against), abstain: listOf(draft.abstain) })
          }
        >
          {s.saveVote}
        </button>
        <button type="button" onClick={() => record({ for: [], against: [], abstain: [], unanimous: true })}>
          {s.unanimous}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft({ for: '', against: '', abstain: '' })
            record({ for: [], against: [], abstain: [] })
          }}
        >
          {s.clearVote}
        </button>
      </div>
    </fieldset>
  )
}
