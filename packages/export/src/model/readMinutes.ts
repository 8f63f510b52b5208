import type { JSONContent } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { getMinutesSchema } from '@referat/schema'
import { ExportError } from '../ExportError'

/** Deeper documents are refused: no real minute nests lists this far, and building one would overflow the stack. */
export const MAX_DEPTH = 200

function checkDepth(root: JSONContent) {
  const stack: [JSONContent, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [JSONContent, number]
    if (depth > MAX_DEPTH) throw new ExportError(`The document is nested more than ${MAX_DEPTH} levels deep.`)
    for (const child of node.content ?? []) stack.push([child, depth + 1])
  }
}

/** The document JSON as a node of the minutes schema, or an ExportError saying what is wrong with it. */
export function readMinutes(docJSON: JSONContent): PMNode {
  if (!docJSON || typeof docJSON !== 'object' || docJSON.type !== 'doc') {
    throw new ExportError('The input is not a minutes document (expected JSON with "type": "doc").')
  }
  checkDepth(docJSON)
  try {
    const doc = getMinutesSchema().nodeFromJSON(docJSON)
    doc.check()
    return doc
  } catch (error) {
    throw new ExportError(`The document does not fit the minutes schema: ${(error as Error).message}`)
  }
}
