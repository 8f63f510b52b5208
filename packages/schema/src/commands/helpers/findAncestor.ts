import { findParentNodeClosestToPos, type NodeWithPos } from '@tiptap/core'
import { NodeSelection, type Selection } from '@tiptap/pm/state'

/** The closest node of `typeName` holding the selection, or the selected node itself. */
export function findAncestor(selection: Selection, typeName: string): NodeWithPos | undefined {
  if (selection instanceof NodeSelection && selection.node.type.name === typeName) {
    return { node: selection.node, pos: selection.from }
  }
  const found = findParentNodeClosestToPos(selection.$from, (node) => node.type.name === typeName)
  return found && { node: found.node, pos: found.pos }
}
