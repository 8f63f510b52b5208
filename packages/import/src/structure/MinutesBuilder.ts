import type { JSONContent } from '@tiptap/core'
import { sectionKindOf, type MinutesConfig } from '@referat/schema'
import type { SourceDocument } from '../source/SourceDocument'
import type { CompiledVocabulary } from '../vocabulary/compileVocabulary'
import { AttendanceWriter } from './AttendanceWriter'
import { BlockWriter } from './BlockWriter'
import { classifyLine } from './classifyLine'
import { isGroupedAgenda } from './isGroupedAgenda'
import type { LineClass } from './LineClass'
import { meetingFacts } from './meetingFacts'
import { SourceIndex } from './SourceIndex'
import { ItemDraft } from './ItemDraft'
import { TextPlacer } from './TextPlacer'
import { titleOf } from './titleOf'

/** Item text before the first heading is kept with that heading when it is this short (a Dok.nr. line). */
const SHORT_PREAMBLE = 3
const HEADER_FACT_LINES = 60

type Phase = 'header' | 'attendance' | 'toc' | 'body'

/**
 * Walks the source once and builds the minutes: front matter into the meeting header, the
 * attendance list, agenda groups and items with their sections. Every line lands somewhere.
 */
export class MinutesBuilder {
  private readonly src: SourceIndex
  private readonly writer: BlockWriter
  private readonly placer: TextPlacer
  private readonly header: JSONContent[] = []
  private readonly headerLines: string[] = []
  private readonly parts: JSONContent[] = []
  private readonly grouped: boolean
  private readonly consumed = new Set<number>()
  private attendance: AttendanceWriter | undefined
  private phase: Phase = 'header'
  private tocEndsWithPage = false
  private group: { node: JSONContent; number: number; lastItem: number } | undefined
  private lastGroup = 0
  private item: ItemDraft | undefined
  private lastLooseItem: number | undefined
  private firstItemNumber: number | undefined
  private caseValueLines = 0
  private namesOpen = false
  /** The next line follows a paragraph break or a heading, not just an inferred paragraph end. */
  private freshStart = true

  constructor(
    private readonly source: SourceDocument,
    private readonly v: CompiledVocabulary,
    private readonly config: MinutesConfig,
    private readonly createId: () => string,
  ) {
    const classes = source.blocks.map((b) =>
      b.type === 'line' ? classifyLine(b.text, v) : { kind: 'text' as const },
    )
    this.src = new SourceIndex(source.blocks, classes)
    this.grouped = isGroupedAgenda(classes)
    this.writer = new BlockWriter(source.lineWidth, v.hyphenKeptBefore)
    this.placer = new TextPlacer(this.src, this.writer, source.lineWidth, this.consumed)
  }

  build(): JSONContent {
    const { blocks } = this.source
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]
      if (!block || this.consumed.has(i)) continue
      if (block.type === 'page') {
        if (this.phase === 'toc') this.phase = 'header'
      } else if (block.type === 'break') this.onBreak()
      else if (block.type === 'table') this.onTable(block.rows)
      else this.onLine(i)
    }
    this.closeItem()
    this.writer.flush()
    return {
      type: 'doc',
      content: [this.headerNode(), ...(this.attendance ? [this.attendance.node] : []), ...this.parts],
    }
  }

  private onBreak() {
    this.freshStart = true
    this.writer.flush()
    this.namesOpen = false
    this.attendance?.paragraphBreak()
    if (this.phase === 'toc' && !this.tocEndsWithPage) this.phase = 'header'
  }

  private onTable(rows: string[][]) {
    const width = Math.max(...rows.map((r) => r.length))
    this.writer.use(this.sink())
    rows.forEach((row, index) => {
      const cells = [...row, ...new Array<string>(width - row.length).fill('')]
      if (index === 0) this.writer.tableRow(cells)
      else this.writer.addTableRow(cells)
    })
    if (this.item && !this.item.section) this.item.preambleLines += rows.length
    this.writer.flush()
  }

  private onLine(i: number) {
    const fresh = this.freshStart
    this.freshStart = false
    const cls = this.src.cls(i)
    if (this.caseValueLines > 0) {
      this.caseValueLines--
      const value = this.v.caseNumberValues
        .map((p) => p.exec(this.src.text(i))?.groups?.caseNumber)
        .find(Boolean)
      if (value && this.item) return void this.item.setCase(value, '')
    }
    if (!(this.phase === 'toc' && this.tocEndsWithPage) && this.openAgenda(i, cls)) {
      this.freshStart = true
      return
    }
    if (this.phase === 'body') return this.bodyLine(i, cls, fresh)
    if (
      cls.kind === 'attendanceTitle' ||
      cls.kind === 'attendanceHeading' ||
      cls.kind === 'officialHeading'
    ) {
      return this.attendanceHeading(i, cls)
    }
    if (cls.kind === 'toc' && this.phase !== 'toc') {
      this.phase = 'toc'
      this.tocEndsWithPage = this.src.hasPageAfter(i, 2000)
      this.writer.use(this.header)
      return this.writer.heading(this.src.text(i), 3)
    }
    if (this.phase === 'attendance') {
      if (this.attendance?.accepts(this.src.text(i))) {
        this.writer.flush()
        return this.attendance.add(this.src.text(i))
      }
      this.phase = 'header'
    }
    if (this.phase === 'header' && this.headerLines.length < HEADER_FACT_LINES)
      this.headerLines.push(this.src.text(i))
    this.write(i, cls, fresh)
  }

  private attendanceHeading(i: number, cls: LineClass) {
    this.attendance ??= new AttendanceWriter(this.v, this.createId)
    this.phase = 'attendance'
    this.writer.use(this.attendance.node.content as JSONContent[])
    const title = cls.kind === 'attendanceTitle'
    this.writer.heading(this.src.text(i), title ? 3 : 4)
    if (cls.kind === 'attendanceHeading') this.attendance.heading(cls.status)
    else if (cls.kind === 'officialHeading') this.attendance.heading('present', cls.function)
  }

  private bodyLine(i: number, cls: LineClass, fresh: boolean) {
    const item = this.item
    if (cls.kind === 'case' && item && !item.caseNumber && !item.section) {
      this.freshStart = true
      return item.setCase(cls.caseNumber, cls.caseOfficer)
    }
    if (cls.kind === 'caseLabel' && item && !item.caseNumber) {
      this.caseValueLines = this.v.source.caseNumberLookahead
      this.freshStart = true
      return
    }
    if (cls.kind === 'section') {
      this.freshStart = true
      if (item) return this.openSection(item, cls)
      this.writer.use(this.sink())
      return this.writer.heading(this.src.text(i), 3)
    }
    if (cls.kind === 'notParticipating') {
      this.write(i, cls, fresh)
      this.item?.notParticipating(cls.names, this.v.source.decisionKind)
      this.namesOpen = true
      return
    }
    if (this.namesOpen && cls.kind === 'text')
      this.item?.notParticipating(this.src.text(i), this.v.source.decisionKind)
    this.write(i, cls, fresh)
  }

  private openAgenda(i: number, cls: LineClass): boolean {
    if (cls.kind === 'groupedItem') {
      if (this.group && cls.group === this.group.number && cls.number === this.group.lastItem + 1) {
        this.openItem(i, cls.number, cls.title)
        return true
      }
      if (this.grouped && cls.group === this.lastGroup + 1 && cls.number === 1) {
        this.openGroup(cls.group, '')
        this.openItem(i, cls.number, cls.title)
        return true
      }
      return false
    }
    if (cls.kind !== 'numbered') return false
    if (this.grouped && cls.group && this.isGroupAt(i, cls.group.number)) {
      this.openGroup(cls.group.number, cls.group.title)
      return true
    }
    if (!this.grouped && cls.item && this.isLooseItemAt(i, cls.item.number, cls.item.title)) {
      this.openItem(i, cls.item.number, cls.item.title)
      return true
    }
    return false
  }

  private isGroupAt(i: number, n: number): boolean {
    if (n !== this.lastGroup + 1 || this.writer.expectedListNumber === n) return false
    const nextItemGroup = this.src.groupOfNextGroupedItem(i)
    return nextItemGroup === undefined || nextItemGroup === n
  }

  private isLooseItemAt(i: number, n: number, title: string): boolean {
    if (this.lastLooseItem !== undefined && n !== this.lastLooseItem + 1) return false
    const ahead = this.src.nextLines(i, title ? 4 : 5)
    for (const j of ahead) {
      const kind = this.src.cls(j).kind
      if (kind === 'case' || kind === 'caseLabel' || kind === 'section') return true
      if (kind !== 'text') return false
    }
    return false
  }

  private openGroup(n: number, title: string) {
    this.closeItem()
    this.writer.flush()
    const node: JSONContent = {
      type: 'agendaGroup',
      attrs: { id: this.createId() },
      content: [agendaTitle(title)],
    }
    this.parts.push(node)
    this.group = { node, number: n, lastItem: 0 }
    this.lastGroup = n
    this.phase = 'body'
  }

  private openItem(i: number, n: number, title: string) {
    this.closeItem()
    this.writer.flush()
    const titleLines = titleOf(this.src, i, title)
    for (const j of titleLines.consumed) this.consumed.add(j)
    this.item = new ItemDraft(this.createId(), agendaTitle(titleLines.title))
    if (this.grouped && this.group) {
      this.group.node.content?.push(this.item.node)
      this.group.lastItem = n
    } else {
      this.parts.push(this.item.node)
      this.lastLooseItem = n
      this.firstItemNumber ??= n
    }
    this.phase = 'body'
  }

  private openSection(item: ItemDraft, cls: Extract<LineClass, { kind: 'section' }>) {
    this.writer.flush()
    const decision = cls.sectionKind === this.v.source.decisionKind
    if (!decision && item.has(cls.sectionKind)) {
      this.writer.use(this.sink())
      return this.writer.heading(cls.heading, 3)
    }
    const label = sectionKindOf(this.config, cls.sectionKind)?.label
    const defaultKind = this.v.source.defaultSectionKind
    if (item.preamble.length > 0 && item.preambleLines > SHORT_PREAMBLE && cls.sectionKind !== defaultKind) {
      item.addSection(this.createId(), defaultKind, '', '')
    }
    item.addSection(this.createId(), cls.sectionKind, cls.heading === label ? '' : cls.heading, cls.date)
  }

  private closeItem() {
    if (!this.item) return
    this.writer.flush()
    this.item.finish(this.v, this.config, this.createId)
    this.item = undefined
  }

  private sink(): JSONContent[] {
    if (this.phase === 'attendance') return this.attendance?.node.content as JSONContent[]
    if (this.phase !== 'body') return this.header
    return this.item?.sink ?? this.group?.node.content ?? this.header
  }

  private write(i: number, cls: LineClass, fresh: boolean) {
    this.writer.use(this.sink())
    if (this.item && !this.item.section) this.item.preambleLines++
    if (this.placer.place(i, cls, fresh)) this.freshStart = true
  }

  private headerNode(): JSONContent {
    const facts = meetingFacts(this.headerLines, this.source.furnitureFacts, this.v)
    const attrs: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(facts)) if (value) attrs[key] = value
    if (this.firstItemNumber !== undefined) attrs.firstItemNumber = this.firstItemNumber
    return { type: 'meetingHeader', attrs, content: this.header }
  }
}

function agendaTitle(title: string): JSONContent {
  return title ? { type: 'agendaTitle', content: [{ type: 'text', text: title }] } : { type: 'agendaTitle' }
}
