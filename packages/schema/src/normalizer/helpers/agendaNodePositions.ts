import type { Node as PMNode } from '@tiptap/pm/model'

/** Positions of every agenda group and item, last first, so fixing one never moves the ones still to come. */
export function agendaNodePositions(doc: PMNode): number[] {
  const positions: number[] = []
  doc.forEach((part, offset) => {
    if (part.type.name === 'agendaItem') positions.push(offset)
    if (part.type.name !== 'agendaGroup') return
    positions.push(offset)
    part.forEach((child, childOffset) => {
      if (child.type.name === 'agendaItem') positions.push(offset + 1 + childOffset)
    })
  })
  return positions.reverse()
}
