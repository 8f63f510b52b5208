import { numberAgenda, RECOMMENDATION_SECTION_KIND } from '@referat/schema'
import type { Node as PMNode } from '@tiptap/pm/model'
import { decisionRecordLines } from '../decision/decisionRecordLines'
import { itemFingerprint } from '../decision/itemFingerprint'
import { lastDecisionSection } from '../decision/lastDecisionSection'

export interface ChairItem {
  id: string
  number: string
  title: string
  /** Paragraphs of the Indstilling. */
  recommendation: string[]
  /** Paragraphs of the decision. */
  decision: string[]
  /** Its recorded status, votes, absences and dissent. */
  record: string[]
  written: boolean
  fingerprint: string
}

const paragraphs = (section: PMNode | undefined): string[] =>
  section
    ? section
        .textBetween(0, section.content.size, '\n', '')
        .split('\n')
        .filter((line) => line.trim())
    : []

/** Every agenda item with its Indstilling and Beslutning, read from the editor's document. */
export function chairItems(doc: PMNode): ChairItem[] {
  return numberAgenda(doc).flatMap(({ id, type, number, pos }) => {
    const node = doc.nodeAt(pos)
    if (type !== 'agendaItem' || !id || !node) return []
    let recommendation: PMNode | undefined
    node.forEach((child) => {
      if (child.attrs.kind === RECOMMENDATION_SECTION_KIND) recommendation ??= child
    })
    const decision = lastDecisionSection(node)
    const record = decision ? decisionRecordLines(decision) : []
    const text = paragraphs(decision)
    return [
      {
        id,
        number,
        title: node.firstChild?.type.name === 'agendaTitle' ? node.firstChild.textContent : '',
        recommendation: paragraphs(recommendation),
        decision: text,
        record,
        written: text.length > 0 || Boolean(decision?.attrs.status),
        fingerprint: itemFingerprint(node),
      },
    ]
  })
}
