import { defaultMinutesConfig, DECISION_SECTION_KIND } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { createElement as h, useState, type ReactNode } from 'react'
import { t } from '../i18n/strings'

const s = t.toolbar

function button(label: ReactNode, onClick: () => void, pressed?: boolean) {
  return h('button', { type: 'button', onClick, 'aria-pressed': pressed }, label)
}

/** Formatting and insertion: plain buttons in a labelled toolbar, so Tab and Enter reach every action. */
export function Toolbar({ editor }: { editor: Editor }) {
  const [kind, setKind] = useState(DECISION_SECTION_KIND)
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
    }),
  })
  const run = () => editor.chain().focus()
  const insertBilag = () =>
    run()
      .insertBilag({ title: window.prompt(s.bilagPrompt) ?? '' })
      .run()
  const kindPicker = h(
    'label',
    null,
    h('span', { className: 'visually-hidden' }, s.sectionKind),
    h(
      'select',
      { value: kind, onChange: (event: { target: { value: string } }) => setKind(event.target.value) },
      defaultMinutesConfig.sectionKinds.map((k) => h('option', { key: k.kind, value: k.kind }, k.label)),
    ),
  )
  return h(
    'div',
    { role: 'toolbar', 'aria-label': s.label, className: 'toolbar' },
    button(h('b', null, s.bold), () => run().toggleBold().run(), active.bold),
    button(h('i', null, s.italic), () => run().toggleItalic().run(), active.italic),
    button(s.bulletList, () => run().toggleBulletList().run(), active.bulletList),
    button(s.orderedList, () => run().toggleOrderedList().run(), active.orderedList),
    h('span', { className: 'toolbar-separator', 'aria-hidden': true }),
    button(s.insertItem, () => run().insertAgendaItem().run()),
    kindPicker,
    button(s.insertSection, () => run().insertSection({ kind }).run()),
    button(s.insertBilag, insertBilag),
  )
}
