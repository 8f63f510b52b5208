import { t } from './i18n/strings'

const DOWNLOADS = [
  { format: 'docx', version: 'full', label: t.export.docx },
  { format: 'pdf', version: 'full', label: t.export.pdf },
  { format: 'docx', version: 'public', label: t.export.publicDocx },
  { format: 'pdf', version: 'public', label: t.export.publicPdf },
] as const

/** Download links for the minutes as Word and PDF, full and public version. */
export function ExportLinks({ meetingId, token }: { meetingId: string; token: string }) {
  const href = (format: string, version: string) =>
    `/api/meetings/${encodeURIComponent(meetingId)}/export?${new URLSearchParams({ format, version, token })}`
  return (
    <nav className="export-links" aria-label={t.export.label}>
      <ul>
        {DOWNLOADS.map(({ format, version, label }) => (
          <li key={`${format}-${version}`}>
            <a href={href(format, version)} download="">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
