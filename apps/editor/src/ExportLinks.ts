import { createElement as h } from 'react'
import { da } from './i18n/da'

const DOWNLOADS = [
  { format: 'docx', version: 'full', label: da.export.docx },
  { format: 'pdf', version: 'full', label: da.export.pdf },
  { format: 'docx', version: 'public', label: da.export.publicDocx },
  { format: 'pdf', version: 'public', label: da.export.publicPdf },
] as const

/** Download links for the minutes as Word and PDF, full and public version. */
export function ExportLinks({ meetingId, token }: { meetingId: string; token: string }) {
  const href = (format: string, version: string) =>
    `/api/meetings/${encodeURIComponent(meetingId)}/export?${new URLSearchParams({ format, version, token })}`
  return h(
    'nav',
    { className: 'export-links', 'aria-label': da.export.label },
    h(
      'ul',
      null,
      DOWNLOADS.map(({ format, version, label }) =>
        h(
          'li',
          { key: `${format}-${version}` },
          h('a', { href: href(format, version), download: '' }, label),
        ),
      ),
    ),
  )
}
