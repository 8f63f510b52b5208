import { requiredSectionKinds, type MinutesConfig } from '@referat/schema'
import type { Node as PMNode } from '@tiptap/pm/model'
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { Client } from './createClient'

/**
 * What must hold once every update has arrived: same state and document everywhere, each editor
 * showing exactly its Y.Doc, valid documents, and every item with one title first and each
 * required section exactly once, and no two structural nodes sharing an id.
 */
export function checkConverged(clients: Client[], config: MinutesConfig): string[] {
  const problems: string[] = []
  const [first, ...others] = clients
  if (!first) return problems
  const vector = Y.encodeStateVector(first.doc).toString()
  const json = JSON.stringify(first.editor.getJSON())
  for (const client of others) {
    if (Y.encodeStateVector(client.doc).toString() !== vector) {
      problems.push(`client ${client.index} has a different state vector than client 0`)
    }
    if (JSON.stringify(client.editor.getJSON()) !== json) {
      problems.push(`client ${client.index} shows a different document than client 0`)
    }
  }
  for (const client of clients) {
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(client.doc))
    const shared = yXmlFragmentToProseMirrorRootNode(copy.getXmlFragment('default'), client.editor.schema)
    if (!shared.eq(client.editor.state.doc)) {
      problems.push(`client ${client.index}'s editor does not show what its Y.Doc holds`)
    }
    try {
      client.editor.state.doc.check()
    } catch (error) {
      problems.push(`client ${client.index}'s document fails check(): ${(error as Error).message}`)
    }
  }
  problems.push(...structureProblems(first.editor.state.doc, requiredSectionKinds(config)))
  return problems
}

function structureProblems(doc: PMNode, required: string[]): string[] {
  const problems: string[] = []
  const ids = new Map<string, number>()
  doc.descendants((node, pos) => {
    if (['agendaItem', 'agendaGroup', 'section'].includes(node.type.name)) {
      const id = String(node.attrs.id)
      ids.set(id, (ids.get(id) ?? 0) + 1)
      if (node.attrs.id == null) problems.push(`${node.type.name} at ${pos} has no id`)
    }
    if (node.type.name !== 'agendaItem') return true
    const titles = childCount(node, (child) => child.type.name === 'agendaTitle')
    if (titles !== 1 || node.firstChild?.type.name !== 'agendaTitle') {
      problems.push(
        `item at ${pos} has ${titles} titles${titles ? '' : ''}, first child ${node.firstChild?.type.name}`,
      )
    }
    for (const kind of required) {
      const count = childCount(node, (child) => child.type.name === 'section' && child.attrs.kind === kind)
      if (count !== 1) problems.push(`item at ${pos} has ${count} sections of required kind ${kind}`)
    }
    return true
  })
  for (const [id, count] of ids)
    if (count > 1 && id !== 'null') problems.push(`id ${id} is used ${count} times`)
  return problems
}

function childCount(node: PMNode, test: (child: PMNode) => boolean): number {
  let count = 0
  node.forEach((child) => {
    if (test(child)) count += 1
  })
  return count
}
