import type { MeetingFacts } from '../model/MinutesView'
import { longDanishDate, shortDanishDate } from './danishDate'

const clock = (time: string) => time.replace(':', '.')

/** The front page's lines under the body and title: date, time, place (those that are known). */
export function meetingLines(meeting: MeetingFacts): string[] {
  const lines: string[] = []
  if (meeting.date) lines.push(longDanishDate(meeting.date))
  if (meeting.startTime) {
    lines.push(`Kl. ${clock(meeting.startTime)}${meeting.endTime ? `–${clock(meeting.endTime)}` : ''}`)
  }
  if (meeting.place) lines.push(`Sted: ${meeting.place}`)
  return lines
}

/** The running header: `KKR Nordjylland | 20-09-2024`. */
export function runningHeader(meeting: MeetingFacts): string {
  return [meeting.body, shortDanishDate(meeting.date)].filter(Boolean).join(' | ')
}
