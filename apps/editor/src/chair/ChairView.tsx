import type { Approval } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { t } from '../i18n/strings'
import { ChairItemRow } from './ChairItemRow'
import { chairItems } from './chairItems'
import { FinalizeControls } from './FinalizeControls'
import { postChairAction } from './postChairAction'

interface ChairViewProps {
  editor: Editor
  approvals: Y.Map<unknown>
  finalized: boolean
  meetingId: string
  token: string
  /** Off while hidden, so typing does not pay for a view nobody sees. */
  active: boolean
}

/**
 * The chair's overview: every item's Indstilling and Beslutning, read from the same editor state the
 * takers write into (no second binding), so it follows their typing live; approve and finalize here.
 */
export function ChairView({ editor, approvals, finalized, meetingId, token, active }: ChairViewProps) {
  const [approvalMap, setApprovalMap] = useState(() => approvals.toJSON() as Record<string, Approval>)
  useEffect(() => {
    const update = () => setApprovalMap(approvals.toJSON() as Record<string, Approval>)
    update()
    approvals.observe(update)
    return () => approvals.unobserve(update)
  }, [approvals])
  const items = useEditorState({
    editor,
    selector: ({ editor: e }) => (active ? chairItems(e.state.doc) : []),
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  })
  const approve = (itemId: string) =>
    postChairAction(meetingId, token, `items/${encodeURIComponent(itemId)}/approve`)
  return (
    <div className="chair-view">
      <h2>{t.chair.heading}</h2>
      <FinalizeControls finalized={finalized} act={(action) => postChairAction(meetingId, token, action)} />
      {items.map((item) => (
        <ChairItemRow
          key={item.id}
          item={item}
          approval={approvalMap[item.id]}
          finalized={finalized}
          approve={approve}
        />
      ))}
    </div>
  )
}
