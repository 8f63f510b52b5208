import { DECISION_STATUSES, decisionStatusLabels, type DecisionStatus } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { useState } from 'react'
import { t } from '../i18n/strings'
import { Field } from './Field'

interface StatusFieldProps {
  editor: Editor
  itemId: string
  status: string
  statusText: string
}

/** The decision status picker; "Andet" opens a free text, stored when the field is left. */
export function StatusField({ editor, itemId, status, statusText }: StatusFieldProps) {
  const [text, setText] = useState(statusText)
  const set = (next: string, nextText = '') =>
    editor.commands.setDecisionStatus({ status: next as DecisionStatus | '', statusText: nextText, itemId })
  return (
    <div className="field-row">
      <Field label={t.decision.status}>
        {(id) => (
          <select
            id={id}
            value={status}
            onChange={(e) => set(e.target.value, e.target.value === 'andet' ? text : '')}
          >
            <option value="">{t.decision.noStatus}</option>
            {DECISION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {decisionStatusLabels[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {status === 'andet' && (
        <Field label={t.decision.statusText}>
          {(id) => (
            <input
              id={id}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onBlur={() => text !== statusText && set('andet', text)}
              onKeyDown={(e) => e.key === 'Enter' && set('andet', text)}
            />
          )}
        </Field>
      )}
    </div>
  )
}
