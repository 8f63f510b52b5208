import { markersInRange } from '../markersInRange'
import { textPositions } from '../textPositions'
import type { Edit } from './Edit'
import { pressKey } from './pressKey'

const LONGEST_RANGE = 400

/** Selects a range between two text positions, often across sections and items, and deletes it by key. */
export const deleteRange: Edit = ({ editor, step }) => {
  const positions = textPositions(editor.state.doc)
  if (positions.length < 2) return null
  const start = step.a % positions.length
  const from = positions[start]!
  const to = positions[Math.min(positions.length - 1, start + 1 + (step.b % LONGEST_RANGE))]!
  const deleted = markersInRange(editor.state.doc, from, to)
  const key = step.c % 2 ? 'Backspace' : 'Delete'
  editor.commands.setTextSelection({ from, to })
  pressKey(editor, key)
  return { description: `selects ${from}–${to} and presses ${key}`, deleted }
}
