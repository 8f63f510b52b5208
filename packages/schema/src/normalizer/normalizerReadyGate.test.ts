import { Editor, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { minutesNodeExtensions } from '../extensions'
import { Minutes } from '../minutes'
import { MinutesNormalizer } from './minutesNormalizer'
import { item, outline, paragraph } from './testing/minutesDoc'

let editor: Editor | undefined

afterEach(() => editor?.destroy())

const header: JSONContent = { type: 'meetingHeader', content: [paragraph('x')] }
/** An item whose title is missing: the normalizer inserts one after a local edit. */
const untitled = (): JSONContent => ({
  type: 'doc',
  content: [header, { ...item('1.1'), content: item('1.1').content!.slice(1) }],
})
const typeInHeader = (e: Editor) => e.view.dispatch(e.state.tr.insertText('!', 2))
const firstChild = (e: Editor) => e.state.doc.child(1).firstChild?.type.name

describe('normalizer: the isReady gate', () => {
  it('leaves local edits alone until the document is ready, then normalizes the next one', () => {
    let ready = false
    editor = new Editor({
      extensions: [...minutesNodeExtensions(), MinutesNormalizer.configure({ isReady: () => ready })],
      content: untitled(),
    })
    typeInHeader(editor)
    expect(firstChild(editor)).toBe('section')
    ready = true
    typeInHeader(editor)
    expect(firstChild(editor)).toBe('agendaTitle')
    expect(outline(editor.state.doc, 'item-1.1').title).toBe('')
  })

  it('is passed on by the Minutes kit', () => {
    editor = new Editor({ extensions: [Minutes.configure({ isReady: () => false })], content: untitled() })
    typeInHeader(editor)
    expect(firstChild(editor)).toBe('section')
  })
})
