import { Minutes } from '@referat/schema'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useState } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { AttendancePanel } from '../attendance/AttendancePanel'
import { ChairView } from '../chair/ChairView'
import { ViewTabs, type View } from '../chair/ViewTabs'
import { DecisionPanel } from '../decision/DecisionPanel'
import { DecisionRecord } from '../decision/DecisionRecord'
import type { Presence } from '../collab/presenceByUser'
import type { PresenceUser } from '../collab/PresenceUser'
import { t } from '../i18n/strings'
import { Outline } from '../outline/Outline'
import { MinutesShortcuts } from '../shortcuts/MinutesShortcuts'
import { AgendaDecorations } from './agendaDecorations'
import { BindingGuard } from './bindingGuard'
import { renderCaret, renderSelection } from './caretRendering'
import { CurrentItemAwareness } from './currentItemAwareness'
import { Toolbar } from './Toolbar'

interface MinutesEditorProps {
  doc: Y.Doc
  /** False for viewers; the server refuses their writes anyway. */
  canWrite: boolean
  /** Carets, presence in the outline, and the normalizer gate; absent, the editor works alone. */
  collaboration?: {
    provider: WebsocketProvider
    user: PresenceUser
    presence: Presence[]
    isSynced: () => boolean
  }
  /** The chair's meeting and token: shows the chair view beside the minutes. */
  chair?: { meetingId: string; token: string }
}

/** The collaborative minutes: no initial content, the server seeds the document. */
export function MinutesEditor({ doc, canWrite, chair, collaboration }: MinutesEditorProps) {
  const [view, setView] = useState<View>('minutes')
  const meta = doc.getMap('meta')
  const [finalized, setFinalized] = useState(meta.get('finalized') === true)
  useEffect(() => {
    const update = () => setFinalized(meta.get('finalized') === true)
    meta.observe(update)
    return () => meta.unobserve(update)
  }, [meta])
  const editable = canWrite && !finalized

  const editor = useEditor(
    {
      extensions: [
        Minutes.configure({ isReady: collaboration?.isSynced ?? (() => true) }),
        AgendaDecorations,
        DecisionRecord,
        MinutesShortcuts,
        Collaboration.configure({ document: doc }),
        BindingGuard,
        ...(collaboration
          ? [
              CollaborationCaret.configure({
                provider: collaboration.provider,
                user: collaboration.user,
                render: renderCaret,
                selectionRender: renderSelection,
              }),
              CurrentItemAwareness.configure({ awareness: collaboration.provider.awareness }),
            ]
          : []),
      ],
      editable,
      editorProps: {
        attributes: { 'aria-label': t.editorLabel, role: 'textbox', 'aria-multiline': 'true' },
      },
    },
    [doc],
  )
  useEffect(() => {
    editor.setEditable(editable)
    editor.view.dom.setAttribute('aria-readonly', String(!editable))
  }, [editor, editable])

  const workspace = (
    <div className={editable ? 'workspace with-decision-panel' : 'workspace'}>
      <Outline editor={editor} approvals={doc.getMap('approvals')} presence={collaboration?.presence} />
      <main className="document">
        <AttendancePanel editor={editor} editable={editable} />
        {editable ? (
          <Toolbar editor={editor} />
        ) : (
          <p className="notice" role="status">
            {finalized ? t.finalizedNotice : t.readOnlyNotice}
          </p>
        )}
        <EditorContent editor={editor} className="minutes" />
      </main>
      {editable && <DecisionPanel editor={editor} />}
    </div>
  )
  if (!chair) return workspace
  const chairView = (
    <ChairView
      editor={editor}
      approvals={doc.getMap('approvals')}
      finalized={finalized}
      active={view === 'chair'}
      {...chair}
    />
  )
  return <ViewTabs view={view} onChange={setView} minutes={workspace} chair={chairView} />
}
