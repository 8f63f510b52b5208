import { EditorState, PluginKey } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { getMinutesSchema } from '../../getMinutesSchema'
import { isRemoteTransaction, YJS_SYNC_META } from './isRemoteTransaction'

const state = EditorState.create({ schema: getMinutesSchema() })

describe('isRemoteTransaction', () => {
  it('knows the binding by its meta, also a second copy of its key and plugins answering it', () => {
    expect(isRemoteTransaction(state.tr)).toBe(false)
    expect(isRemoteTransaction(state.tr.setMeta(YJS_SYNC_META, { isChangeOrigin: true }))).toBe(true)
    const first = new PluginKey('y-sync')
    const second = new PluginKey('y-sync')
    expect(isRemoteTransaction(state.tr.setMeta(second, { isChangeOrigin: true }))).toBe(true)
    const remote = state.tr.setMeta(first, {})
    expect(isRemoteTransaction(state.tr.setMeta('appendedTransaction', remote))).toBe(true)
    expect(isRemoteTransaction(state.tr.setMeta('appendedTransaction', state.tr))).toBe(false)
  })
})
