import { defaultMinutesConfig, DECISION_SECTION_KIND, SUBHEADING_LEVELS } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useEffect, useState, type ReactNode } from 'react'
import { t } from '../i18n/strings'
import { ariaKeys } from '../shortcuts/formatKeys'
import type { EditorDialog } from '../shortcuts/MinutesShortcuts'
import { SHORTCUTS, type ShortcutId } from '../shortcuts/shortcutTable'
import { BilagDialog } from './BilagDialog'
import { insertTableAfterBlock } from './insertTableAfterBlock'
import { LinkDialog } from './LinkDialog'
import { newUndoStep } from './newUndoStep'

const s = t.toolbar
const HEADING_LABELS = { 3: s.heading3, 4: s.heading4 } as const
const TABLE_COMMANDS = [
  ['addRow', 'addRowAfter'],
  ['deleteRow', 'deleteRow'],
  ['addColumn', 'addColumnAfter'],
  ['deleteColumn', 'deleteColumn'],
  ['deleteTable', 'deleteTable'],
] as const

interface ButtonProps {
  onClick: () => void
  pressed?: boolean
  disabled?: boolean
  shortcut?: ShortcutId
  children: ReactNode
}

function Button({ onClick, pressed, disabled, shortcut, children }: ButtonProps) {
  const keys = shortcut && SHORTCUTS.find((entry) => entry.id === shortcut)?.keys
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={pressed}
      disabled={disabled}
      aria-keyshortcuts={keys ? ariaKeys(keys) : undefined}
    >
      {children}
    </button>
  )
}

const Separator = () => <span className="toolbar-separator" aria-hidden />

/** Formatting and insertion: plain buttons in a labelled toolbar, so Tab and Enter reach every action. */
export function Toolbar({ editor }: { editor: Editor }) {
  const [kind, setKind] = useState(DECISION_SECTION_KIND)
  const [dialog, setDialog] = useState<'bilag' | 'link' | null>(null)
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      heading3: e.isActive('heading', { level: 3 }),
      heading4: e.isActive('heading', { level: 4 }),
      inTable: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  })
  useEffect(() => {
    const open = (which: EditorDialog) => {
      if (which === 'bilag') setDialog('bilag')
    }
    editor.on('openDialog', open)
    return () => {
      editor.off('openDialog', open)
    }
  }, [editor])
  const run = () => {
    newUndoStep(editor)
    return editor.chain().focus()
  }
  const close = () => setDialog(null)

  return (
    <>
      <div role="toolbar" aria-label={s.label} className="toolbar">
        <Button onClick={() => run().undo().run()} disabled={!state.canUndo} shortcut="undo">
          {s.undo}
        </Button>
        <Button onClick={() => run().redo().run()} disabled={!state.canRedo} shortcut="redo">
          {s.redo}
        </Button>
        <Separator />
        <Button onClick={() => run().toggleBold().run()} pressed={state.bold} shortcut="bold">
          <b>{s.bold}</b>
        </Button>
        <Button onClick={() => run().toggleItalic().run()} pressed={state.italic} shortcut="italic">
          <i>{s.italic}</i>
        </Button>
        {SUBHEADING_LEVELS.map((level) => (
          <Button
            key={level}
            onClick={() => run().toggleHeading({ level }).run()}
            pressed={state[`heading${level}`]}
          >
            {HEADING_LABELS[level]}
          </Button>
        ))}
        <Button onClick={() => run().toggleBulletList().run()} pressed={state.bulletList}>
          {s.bulletList}
        </Button>
        <Button onClick={() => run().toggleOrderedList().run()} pressed={state.orderedList}>
          {s.orderedList}
        </Button>
        <Button onClick={() => setDialog('link')} pressed={state.link}>
          {s.link}
        </Button>
        <Separator />
        <Button onClick={() => insertTableAfterBlock(editor)}>{s.insertTable}</Button>
        {TABLE_COMMANDS.map(([label, command]) => (
          <Button key={command} onClick={() => run()[command]().run()} disabled={!state.inTable}>
            {s[label]}
          </Button>
        ))}
        <Separator />
        <Button onClick={() => run().insertAgendaItem().run()} shortcut="insertItem">
          {s.insertItem}
        </Button>
        <label>
          <span className="visually-hidden">{s.sectionKind}</span>
          <select value={kind} onChange={(event) => setKind(event.target.value)}>
            {defaultMinutesConfig.sectionKinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <Button onClick={() => run().insertSection({ kind }).run()}>{s.insertSection}</Button>
        <Button onClick={() => setDialog('bilag')} shortcut="insertBilag">
          {s.insertBilag}
        </Button>
      </div>
      <BilagDialog editor={editor} open={dialog === 'bilag'} onClose={close} />
      <LinkDialog editor={editor} open={dialog === 'link'} onClose={close} />
    </>
  )
}
