import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { createElement as h, useEffect, useState } from 'react'
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

function jump(editor: Editor, pos: number) {
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

function entryRow(editor: Editor, entry: OutlineEntry, presence: Presence[]) {
  const state =
    entry.decision &&
    h('span', { className: `decision-state decision-${entry.decision}` }, t.outline.state[entry.decision])
  // Keyed by id: a position key changes with every keystroke above the entry and remounts its row.
  return h(
    'li',
    {
      key: `${entry.type}:${entry.id ?? entry.pos}`,
      className: entry.type === 'agendaGroup' ? 'group' : 'item',
    },
    h(
      'button',
      { type: 'button', onClick: () => jump(editor, entry.pos) },
      h('span', { className: 'outline-number' }, `${entry.number}.`),
      ` ${entry.title || t.outline.untitled}`,
      state,
      entry.id && h(OutlinePresence, { people: presence.filter((p) => p.itemIds.includes(entry.id!)) }),
    ),
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

  return h(
    'nav',
    { 'aria-label': t.outline.label, className: 'outline' },
    h('h2', null, t.outline.label),
    entries.length === 0
      ? h('p', null, t.outline.empty)
      : h(
          'ol',
          null,
          entries.map((entry) => entryRow(editor, entry, presence)),
        ),
  )
}
