import type { MinutesConfig } from '@referat/schema'

export const EXPORT_VERSIONS = ['full', 'public'] as const
export type ExportVersion = (typeof EXPORT_VERSIONS)[number]

export interface ExportOptions {
  /** `full` for members; `public` shows closed items as number, title and "Lukket punkt" only. */
  version: ExportVersion
  /**
   * Section kinds: labels for section headings, and which kinds are never published (live notes).
   * @default defaultMinutesConfig
   */
  config?: MinutesConfig
  /**
   * DOCX only: lay the pages out while writing (docx's `estimatePageNumbers`), so the table of
   * contents carries page numbers without Word updating it. It costs about 40 ms a page, so `auto`
   * does it for documents of up to 40 agenda items and 120,000 characters (about 60 pages); otherwise the contents are marked for Word to update on
   * opening (Word asks first).
   * @default 'auto'
   */
  estimatePages?: boolean | 'auto'
}

/** Agenda items up to which `estimatePages: 'auto'` lays the DOCX pages out. */
export const ESTIMATE_PAGES_UP_TO_ITEMS = 40
/** Document size (ProseMirror positions, about its characters) up to which `auto` lays the DOCX pages out. */
export const ESTIMATE_PAGES_UP_TO_SIZE = 120_000
