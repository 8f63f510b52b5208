import PDFDocument from 'pdfkit'
import { runningHeader } from '../helpers/meetingLines'
import type { MeetingFacts } from '../model/MinutesView'
import type { Span } from './PdfContext'
import { fontFor, pdfFonts, type FontName } from './pdfFonts'

const MARGIN = 62
const BODY = 10
const ACCENT = '#1F3864'
const LINK = '#1F4E9C'
const HEADINGS = { 1: 16, 2: 13.5, 3: 11.5, 4: 10.5, 5: 10 } as const
export type HeadingLevel = keyof typeof HEADINGS

interface TocEntry {
  text: string
  level: 1 | 2
  destination: string
  page: number
}

/**
 * pdfkit with the minutes' look: DejaVu Sans embedded, A4, pages buffered so the table of contents,
 * the running header and "Side N af M" are written once the page count is known. Every step is
 * linear in the text it writes.
 */
export class PdfLayout {
  readonly doc: PDFKit.PDFDocument
  private readonly toc: TocEntry[] = []
  private tocPages: number[] = []
  private outlineGroup: PDFKit.PDFOutline | undefined
  private destinations = 0

  constructor(
    private readonly meeting: MeetingFacts,
    info: PDFKit.DocumentInfo,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN + 10, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
      bufferPages: true,
      autoFirstPage: true,
      pdfVersion: '1.7',
      subset: 'PDF/A-2b',
      lang: 'da-DK',
      displayTitle: true,
      info,
    })
    const fonts = pdfFonts()
    // pdfkit 0.20 takes a parsed fontkit font (its types still say Buffer).
    for (const name of Object.keys(fonts) as FontName[])
      this.doc.registerFont(name, fonts[name] as unknown as Buffer)
    this.doc.font('regular').fontSize(BODY)
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom
  }

  /** Starts a new page unless there is `height` points left on this one. */
  ensureSpace(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage()
  }

  newPage() {
    this.doc.addPage()
  }

  /** Text in spans (bold, italic, links), wrapped to the width less `indent`. */
  paragraph(spans: Span[], options: { indent?: number; size?: number; gap?: number; color?: string } = {}) {
    const { indent = 0, size = BODY, gap = 5, color = 'black' } = options
    const parts = joinBreaks(spans)
    const x = this.doc.page.margins.left + indent
    const width = this.width - indent
    if (parts.length === 0) {
      this.doc.font('regular').fontSize(size).text(' ', x, this.doc.y, { width })
    }
    parts.forEach((span, i) => {
      this.doc
        .font(fontFor(Boolean(span.bold), Boolean(span.italic)))
        .fontSize(size)
        .fillColor(span.link ? LINK : color)
      const textOptions = {
        width,
        continued: i < parts.length - 1,
        link: span.link ?? null,
        underline: !!span.link,
      }
      if (i === 0) this.doc.text(span.text, x, this.doc.y, textOptions)
      else this.doc.text(span.text, textOptions)
    })
    this.doc.fillColor('black')
    this.doc.y += gap
  }

  /** A list item's first paragraph: the marker hangs left of the text. */
  listParagraph(marker: string, spans: Span[], indent: number) {
    this.ensureSpace(BODY * 1.3)
    const y = this.doc.y
    this.doc.font('regular').fontSize(BODY).fillColor('black')
    this.doc.text(marker, this.doc.page.margins.left + indent - 14, y, { lineBreak: false })
    this.doc.y = y
    this.paragraph(spans, { indent, gap: 2 })
  }

  /** A heading kept with the next lines; groups and items become outline entries and TOC lines. */
  heading(text: string, level: HeadingLevel, options: { outline?: boolean; color?: string } = {}) {
    const size = HEADINGS[level]
    this.ensureSpace(size * 4)
    if (this.doc.y > this.doc.page.margins.top + 1) this.doc.y += size * (level <= 2 ? 0.9 : 0.5)
    if (options.outline && (level === 1 || level === 2)) this.bookmark(text, level)
    this.paragraph([{ text, bold: true }], {
      size,
      gap: level <= 2 ? 6 : 3,
      color: options.color ?? (level <= 2 ? ACCENT : 'black'),
    })
  }

  private bookmark(text: string, level: 1 | 2) {
    const destination = `agenda-${++this.destinations}`
    this.doc.addNamedDestination(destination, 'XYZ', this.doc.page.margins.left, this.doc.y, null)
    this.toc.push({ text, level, destination, page: this.currentPage() })
    if (level === 1 || !this.outlineGroup) {
      const item = this.doc.outline.addItem(text)
      if (level === 1) this.outlineGroup = item
    } else {
      this.outlineGroup.addItem(text)
    }
  }

  /** A left bar beside what `draw` writes: the decision, set apart. */
  barBeside(draw: () => void) {
    const startPage = this.currentPage()
    const startY = this.doc.y
    draw()
    const endPage = this.currentPage()
    const endY = this.doc.y - 3
    const x = this.doc.page.margins.left + 2
    for (let page = startPage; page <= endPage; page++) {
      this.doc.switchToPage(page)
      const from = page === startPage ? startY : this.doc.page.margins.top
      const to = page === endPage ? endY : this.bottom
      if (to > from)
        this.doc.save().lineWidth(2.5).strokeColor(ACCENT).moveTo(x, from).lineTo(x, to).stroke().restore()
    }
    this.doc.switchToPage(endPage)
    this.doc.y = endY + 3
  }

  table(rows: string[][], header: boolean, indent: number) {
    const columns = Math.max(1, ...rows.map((r) => r.length))
    this.doc.font('regular').fontSize(BODY - 1)
    this.doc.table({
      position: { x: this.doc.page.margins.left + indent },
      maxWidth: this.width - indent,
      defaultStyle: { border: 0.5, borderColor: '#808080', padding: [2, 4, 2, 4] },
      rowStyles: (i) => (header && i === 0 ? { backgroundColor: '#DCE3EE' } : undefined),
      data: rows.map((r) => [...r, ...new Array<string>(columns - r.length).fill('')]),
    })
    this.doc.x = this.doc.page.margins.left
    this.doc.y += 6
  }

  /** Content is written in order, so the page being written is the last one. */
  private currentPage(): number {
    const range = this.doc.bufferedPageRange()
    return range.start + range.count - 1
  }

  /** Leaves pages for the table of contents of `entries` lines; filled in by `finish`. */
  reserveTableOfContents(entries: number) {
    const perPage = Math.floor((this.bottom - this.doc.page.margins.top) / (BODY * 1.5)) - 1
    const pages = Math.max(1, Math.ceil((entries + 3) / perPage))
    for (let i = 0; i < pages; i++) {
      this.doc.addPage()
      this.tocPages.push(this.currentPage())
    }
  }

  private fillTableOfContents() {
    const doc = this.doc
    let index = 0
    const [first] = this.tocPages
    if (first === undefined) return
    doc.switchToPage(first)
    doc.y = doc.page.margins.top
    this.paragraph([{ text: 'Indholdsfortegnelse', bold: true }], {
      size: HEADINGS[1],
      gap: 10,
      color: ACCENT,
    })
    for (const entry of this.toc) {
      if (doc.y + BODY * 1.5 > this.bottom) {
        const next = this.tocPages[++index]
        if (next === undefined) break
        doc.switchToPage(next)
        doc.y = doc.page.margins.top
      }
      const indent = entry.level === 1 ? 0 : 16
      const pageText = String(entry.page + 1)
      const x = doc.page.margins.left + indent
      const y = doc.y
      doc.font(entry.level === 1 ? 'bold' : 'regular').fontSize(BODY)
      const room = this.width - indent - doc.widthOfString(pageText) - 12
      doc.text(fit(doc, entry.text, room), x, y, { lineBreak: false, goTo: entry.destination })
      doc.text(pageText, doc.page.margins.left, y, { width: this.width, align: 'right', lineBreak: false })
      doc.y = y + BODY * 1.5
    }
  }

  private furniture() {
    const doc = this.doc
    const range = doc.bufferedPageRange()
    const header = runningHeader(this.meeting)
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      doc.switchToPage(i)
      const { top, bottom } = doc.page.margins
      doc.page.margins.top = 0
      doc.page.margins.bottom = 0
      doc.font('regular').fontSize(8).fillColor('#595959')
      doc.text(header, doc.page.margins.left, MARGIN - 20, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      })
      doc.text(`Side ${i + 1} af ${range.count}`, doc.page.margins.left, doc.page.height - MARGIN + 10, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      })
      doc.page.margins.top = top
      doc.page.margins.bottom = bottom
    }
    doc.fillColor('black')
  }

  /** Writes the table of contents, headers and footers, and resolves to the finished PDF. */
  finish(): Promise<Buffer> {
    this.fillTableOfContents()
    this.furniture()
    const chunks: Buffer[] = []
    return new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk))
      this.doc.on('end', () => resolve(Buffer.concat(chunks)))
      this.doc.on('error', reject)
      this.doc.end()
    })
  }
}

function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text
  let low = 0
  let high = text.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= width) low = mid
    else high = mid - 1
  }
  return `${text.slice(0, low).trimEnd()}…`
}

/** pdfkit drops a continued fragment that is only a line break, so breaks join the text before them. */
function joinBreaks(spans: Span[]): Span[] {
  const out: Span[] = []
  for (const span of spans) {
    const last = out[out.length - 1]
    if (span.text === '') continue
    if (span.text === '\n' && last) out[out.length - 1] = { ...last, text: `${last.text}\n` }
    else out.push({ ...span })
  }
  return out
}
