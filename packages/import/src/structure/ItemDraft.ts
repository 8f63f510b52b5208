import type { JSONContent } from '@tiptap/core'
import type { MinutesConfig } from '@referat/schema'
import { plainText } from '../helpers/plainText'
import type { CompiledVocabulary } from '../vocabulary/compileVocabulary'
import { completeSections } from './completeSections'
import { decisionStatus } from './decisionStatus'
import { sectionNode } from './sectionNode'

/** An agenda item while it is being read: text before its first heading waits in the preamble. */
export class ItemDraft {
  readonly node: JSONContent
  preamble: JSONContent[] = []
  preambleLines = 0
  section: JSONContent | undefined
  private readonly kinds = new Set<string>()

  constructor(id: string, title: JSONContent) {
    this.node = {
      type: 'agendaItem',
      attrs: { id, caseNumber: '', caseOfficer: '', closed: false },
      content: [title],
    }
  }

  get caseNumber(): string {
    return String(this.node.attrs?.caseNumber ?? '')
  }

  get sink(): JSONContent[] {
    return this.section?.content ?? this.preamble
  }

  setCase(caseNumber: string, caseOfficer: string) {
    Object.assign(this.node.attrs ?? {}, { caseNumber, caseOfficer })
  }

  has(kind: string) {
    return this.kinds.has(kind)
  }

  /** Opens a section; the first one takes the preamble. */
  addSection(id: string, kind: string, heading: string, date: string) {
    const content = this.section ? [] : this.preamble
    this.preamble = []
    this.section = sectionNode(id, kind, heading, date, content)
    this.node.content?.push(this.section)
    this.kinds.add(kind)
  }

  notParticipating(names: string, decisionKind: string) {
    const attrs = this.section?.attrs
    if (!attrs || attrs.kind !== decisionKind) return
    const list = attrs.notParticipating as string[]
    for (const name of names.split(/,| og /)) if (name.trim()) list.push(name.trim())
  }

  finish(v: CompiledVocabulary, config: MinutesConfig, createId: () => string) {
    if (!this.section && this.preamble.length > 0)
      this.addSection(createId(), v.source.defaultSectionKind, '', '')
    for (const section of this.node.content ?? []) {
      if (section.type !== 'section' || section.attrs?.kind !== v.source.decisionKind) continue
      section.attrs.status = decisionStatus(plainText(section), v)
    }
    completeSections(this.node, config, createId)
  }
}
