import type { Editor } from '@tiptap/core'
import { numberAgenda } from '@referat/schema'
import { useEditorState } from '@tiptap/react'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { Presence } from '../collab/presenceByUser'
import { t } from '../i18n/strings'
import { outlineEntries, type OutlineEntry } from './outlineEntries'
import { OutlinePresence } from './OutlinePresence'

interface OutlineProps {
  editor: Editor
  /** The server-owned map of approvals, keyed by item id. */
  approvals: Y.Map<unknown>
  /** Who is in which item now (the awareness `item` field). */
  presence?: Presence[]
}

/** Puts the caret in the `index`th group or item (the outline lists them in document order). */
function jump(editor: Editor, index: number) {
  const pos = numberAgenda(editor.state.doc)[index]?.pos
  if (pos === undefined) return
  editor
    .chain()
    .setTextSelection(pos + 2)
    .focus(null, { scrollIntoView: false })
    .run()
  // Tiptap focuses in the next frame; scroll after it, to the title rather than to the caret.
  requestAnimationFrame(() => {
    const title = editor.view.nodeDOM(pos + 1)
    if (title instanceof HTMLElement) title.scrollIntoView({ block: 'start' })
  })
}

function EntryRow({
  editor,
  entry,
  index,
  presence,
}: {
  editor: Editor
  entry: OutlineEntry
  index: number
  presence: Presence[]
}) {
  const id = entry.id
  return (
    <li className={entry.type === 'agendaGroup' ? 'group' : 'item'}>
      <button type="button" onClick={() => jump(editor, index)}>
        <span className="outline-number">{`${entry.number}.`}</span>
        {` ${entry.title || t.outline.untitled}`}
        {entry.decision && (
          <span className={`decision-state decision-${entry.decision}`}>
            {t.outline.state[entry.decision]}
          </span>
        )}
        {id && <OutlinePresence people={presence.filter((p) => p.itemIds.includes(id))} />}
      </button>
    </li>
  )
}

/** The agenda as a navigation list: number, title, decision state; a click puts the caret in the item. */
export function Outline({ editor, approvals, presence = [] }: OutlineProps) {
  const [approvalVersion, setApprovalVersion] = useState(0)
  useEffect(() => {
    const bump = () => setApprovalVersion((v) => v + 1)
    approvals.observe(bump)
    return () => approvals.unobserve(bump)
  }, [approvals])

  // approvalVersion makes the selector new when approvals change, so it runs again without a transaction.
  const entries = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      outlineEntries(e.state.doc, (id) => (approvalVersion >= 0 ? approvals.get(id) : undefined)),
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  })

  return (
    <nav aria-label={t.outline.label} className="outline">
      <h2>{t.outline.label}</h2>
      {entries.length === 0 ? (
        <p>{t.outline.empty}</p>
      ) : (
        <ol>
          {entries.map((entry, index) => (
            <EntryRow
              key={`${entry.type}:${entry.id ?? index}`}
              editor={editor}
              entry={entry}
              index={index}
              presence={presence}
            />
          ))}
        </ol>
      )}
    </nav>
  )
}
