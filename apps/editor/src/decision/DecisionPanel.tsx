import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useId, useState } from 'react'
import { t } from '../i18n/strings'
import { decisionSnapshot } from './decisionSnapshot'
import { DissentFields } from './DissentFields'
import { NotParticipatingFields } from './NotParticipatingFields'
import { StatusField } from './StatusField'
import { VoteFields } from './VoteFields'

const s = t.decision

/**
 * The decision tools of the item holding the caret: status, suggestion from the Indstilling, vote,
 * dissent and who did not take part. Every control writes through the schema's commands by item id,
 * so moving focus here from the text keeps acting on the same item.
 */
export function DecisionPanel({ editor }: { editor: Editor }) {
  const headingId = useId()
  const hintId = useId()
  const [message, setMessage] = useState({ itemId: '', text: '' })
  const snapshot = useEditorState({
    editor,
    selector: ({ editor: e }) => decisionSnapshot(e.state),
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  })
  const suggest = () => {
    if (!snapshot) return
    const ok = editor.commands.suggestDecisionFromRecommendation({ itemId: snapshot.itemId })
    setMessage({ itemId: snapshot.itemId, text: ok ? s.suggested : s.suggestFailed })
  }

  let body
  if (!snapshot) body = <p className="hint">{s.noItem}</p>
  else if (!snapshot.hasDecision) body = <p className="hint">{s.noDecision}</p>
  else {
    const { itemId } = snapshot
    // Keyed by item so drafts typed for one item never land on another.
    body = (
      <div key={itemId}>
        <p className="decision-item">
          {s.item} {snapshot.number}. {snapshot.title}
        </p>
        <StatusField
          editor={editor}
          itemId={itemId}
          status={snapshot.status}
          statusText={snapshot.statusText}
        />
        <button type="button" aria-describedby={hintId} onClick={suggest}>
          {s.suggest}
        </button>
        <p id={hintId} className="hint">
          {s.suggestHint}
        </p>
        <p role="status" className="decision-message">
          {message.itemId === itemId && message.text}
        </p>
        <VoteFields editor={editor} itemId={itemId} votes={snapshot.votes} members={snapshot.members} />
        <DissentFields
          editor={editor}
          itemId={itemId}
          dissent={snapshot.dissent}
          members={snapshot.members}
        />
        <NotParticipatingFields
          editor={editor}
          itemId={itemId}
          notParticipating={snapshot.notParticipating}
          members={snapshot.members}
        />
      </div>
    )
  }
  return (
    <aside className="decision-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{s.panel}</h2>
      {body}
    </aside>
  )
}
