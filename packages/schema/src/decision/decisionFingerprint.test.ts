import type { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestEditor, placeCursor } from '../commands/testing/createTestEditor'
import { doc, group, kkrItem } from '../commands/testing/minutesJSON'
import { approvalState } from './approvalState'
import { decisionFingerprint } from './decisionFingerprint'

let editor: Editor
afterEach(() => editor.destroy())

const itemFingerprint = () => decisionFingerprint(editor.state.doc.firstChild!.child(1).toJSON())

describe('decisionFingerprint', () => {
  it('changes with the decision text and status, not with votes, dissent or other sections', () => {
    editor = createTestEditor(
      doc(group('g', 'Sager', [kkrItem('a', 'Aftale', { baggrund: 'Baggrund', beslutning: 'Godkendt.' })])),
    )
    const approved = itemFingerprint()
    placeCursor(editor, 'Baggrund')
    editor.commands.insertContent({ type: 'text', text: 'Mere ' })
    editor.commands.recordVote({ for: [], against: [], abstain: [], unanimous: true })
    editor.commands.addDissent({ who: 'O', text: 'Imod.' })
    expect(itemFingerprint()).toBe(approved)
    editor.commands.setDecisionStatus({ status: 'godkendt' })
    const withStatus = itemFingerprint()
    expect(withStatus).not.toBe(approved)
    placeCursor(editor, 'Godkendt.')
    editor.commands.insertContent({ type: 'text', text: 'Ikke ' })
    expect(itemFingerprint()).not.toBe(withStatus)
  })
})

describe('approvalState', () => {
  it('is none without an approval, approved while the fingerprint matches, void after a change', () => {
    editor = createTestEditor(doc())
    expect(approvalState(undefined, 'abc')).toBe('none')
    expect(approvalState({ by: 'c', name: 'C', at: '', fingerprint: 'abc' }, 'abc')).toBe('approved')
    expect(approvalState({ by: 'c', name: 'C', at: '', fingerprint: 'abc' }, 'abd')).toBe('void')
    expect(approvalState({ by: 'c', name: 'C', at: '' }, 'abd')).toBe('approved')
  })
})
