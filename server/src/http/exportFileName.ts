import type { MeetingMetadata } from '../store/MeetingStore'

/**
 * A Content-Disposition value naming the file as a secretary would: `Referat KKR Nordjylland
 * 2024-09-20.docx`, with an ASCII fallback for old clients and the Danish name in `filename*`.
 */
export function exportFileName(meeting: MeetingMetadata, extension: string): string {
  const words = ['Referat', meeting.body || meeting.title, meeting.date].filter(Boolean).join(' ')
  const name = `${words
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()}.${extension}`
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
