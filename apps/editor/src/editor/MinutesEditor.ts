import { Minutes } from '@referat/schema'
import Collaboration from '@tiptap/extension-collaboration'
import { EditorContent, useEditor } from '@tiptap/react'
import { createElement as h, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { AttendancePanel } from '../attendance/AttendancePanel'
import { t } from '../i18n/strings'
import { Outline } from '../outline/Outline'
import { MinutesShortcuts } from '../shortcuts/MinutesShortcuts'
import { AgendaDecorations } from './agendaDecorations'
import { Toolbar } from './Toolbar'

interface MinutesEditorProps {
  doc: Y.Doc
  /** False for viewers; the server refuses their writes anyway. */
  canWrite: boolean
}

/** The collaborative minutes: no initial content, the server seeds the document. */
export function MinutesEditor({ doc, canWrite }: MinutesEditorProps) {
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
      extensions: [Minutes, AgendaDecorations, MinutesShortcuts, Collaboration.configure({ document: doc })],
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

  const notice = h(
    'p',
    { className: 'notice', role: 'status' },
    finalized ? t.finalizedNotice : t.readOnlyNotice,
  )
  return h(
    'div',
    { className: 'workspace' },
    h(Outline, { editor, approvals: doc.getMap('approvals') }),
    h(
      'main',
      { className: 'document' },
      h(AttendancePanel, { editor, editable }),
      editable ? h(Toolbar, { editor }) : notice,
      h(EditorContent, { editor, className: 'minutes' }),
    ),
  )
}
