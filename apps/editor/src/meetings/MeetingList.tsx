import { t } from '../i18n/strings'
import { AppLink } from './AppLink'
import type { MeetingListing } from './api/meetingTypes'
import { formatDate } from './formatDate'
import { meetingStatus } from './meetingStatus'

const s = t.meetings.list

/** Every meeting, newest first (the server's order), with its status. */
export function MeetingList({
  meetings,
  error,
}: {
  meetings: MeetingListing[] | null
  error: string | null
}) {
  let content
  if (error) content = <p role="alert">{error}</p>
  else if (!meetings) content = <p>{s.loading}</p>
  else if (meetings.length === 0) content = <p>{s.empty}</p>
  else
    content = (
      <table className="meeting-list">
        <thead>
          <tr>
            <th scope="col">{s.title}</th>
            <th scope="col">{s.body}</th>
            <th scope="col">{s.date}</th>
            <th scope="col">{s.status}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => {
            const status = meetingStatus(meeting)
            return (
              <tr key={meeting.id} data-meeting-id={meeting.id}>
                <td>
                  <AppLink href={`/meetings/${encodeURIComponent(meeting.id)}`}>
                    {meeting.title || meeting.id}
                  </AppLink>
                </td>
                <td>{meeting.body}</td>
                <td>{formatDate(meeting.date)}</td>
                <td>
                  <span className={`meeting-status status-${status}`}>{t.meetings.status[status]}</span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    )
  return (
    <section className="panel meeting-list-panel" aria-labelledby="meeting-list-heading">
      <h2 id="meeting-list-heading">{s.heading}</h2>
      {content}
    </section>
  )
}
