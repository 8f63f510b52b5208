import type { Node as PMNode } from '@tiptap/pm/model'
import { insertPositions } from '../insertPositions'
import type { Edit } from './Edit'
import { pick } from './pick'

const OPEN = '«'
const CLOSE = '»'

/**
 * Types a fresh marker word, as `«mk<n>x»`, anywhere text can go — except right before another `«`
 * or right after another `»`. There the binding's text diff (lib0 `simpleDiff`, which knows no
 * positions) would file the insertion a few characters off, and a concurrent delete of the
 * neighbour then scrambles the typed word; see the README's known binding limitations.
 */
export const typeMarker: Edit = ({ editor, step, nextMarker }) => {
  const { doc } = editor.state
  const pos = pick(
    insertPositions(doc).filter((p) => !ambiguous(doc, p)),
    step.a,
  )
  if (pos === undefined) return null
  const marker = nextMarker()
  editor.view.dispatch(editor.state.tr.insertText(`${OPEN}${marker}${CLOSE}`, pos))
  return { description: `types ${marker} at ${pos}`, typed: [marker] }
}

function ambiguous(doc: PMNode, pos: number): boolean {
  const $pos = doc.resolve(pos)
  const after = $pos.nodeAfter?.isText ? $pos.nodeAfter.text?.[0] : undefined
  const before = $pos.nodeBefore?.isText ? $pos.nodeBefore.text?.at(-1) : undefined
  return after === OPEN || before === CLOSE
}
