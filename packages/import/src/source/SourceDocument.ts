/** How a line was marked up where the source knows (DOCX); plain text lines carry no hint. */
export type LineHint = 'heading' | 'bullet' | 'ordered'

/** The line/block model every input is reduced to before the agenda structure is built. */
export type SourceBlock =
  | { type: 'line'; text: string; hint?: LineHint }
  /** Paragraph boundary. */
  | { type: 'break' }
  /** Page boundary where furniture was removed; paragraphs run on across it. */
  | { type: 'page' }
  | { type: 'table'; rows: string[][] }

/** Meeting facts read from running headers before they were removed. */
export interface FurnitureFacts {
  body?: string
  date?: string
}

export interface SourceDocument {
  blocks: SourceBlock[]
  /**
   * Typical line width of text extracted from a PDF, used to tell wrapped lines from deliberate
   * line ends; `Infinity` where every line is already a whole paragraph (DOCX).
   */
  lineWidth: number
  furnitureFacts: FurnitureFacts
}
