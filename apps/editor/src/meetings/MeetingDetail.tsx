import { useCallback, useState } from 'react'
import { t } from '../i18n/strings'
import { AppLink } from './AppLink'
import type { AdminApi } from './api/createAdminApi'
import { formatDate } from './formatDate'
import { meetingStatus } from './meetingStatus'
import { MeetingSummary } from './MeetingSummary'
import { OpenAsEditor } from './OpenAsEditor'
import { ShareMeeting } from './ShareMeeting'
import { useFocusOnShow } from './useFocusOnShow'
import { useLoaded } from './useLoaded'

const s = t.meetings.detail

/** One meeting for the operator: what is in it, and the links to share it. */
export function MeetingDetail({ api, meetingId }: { api: AdminApi; meetingId: string }) {
  const { data: meeting, error } = useLoaded(useCallback(() => api.getMeeting(meetingId), [api, meetingId]))
  const [justCreated] = useState(
    () => (window.history.state as { created?: boolean } | null)?.created === true,
  )
  const heading = useFocusOnShow<HTMLHeadingElement>(meeting)
  const status = meeting && meetingStatus(meeting)
  return (
    <main className="meetings">
      <p>
        <AppLink href="/">{t.meetings.back}</AppLink>
      </p>
      {error && <p role="alert">{error}</p>}
      {!meeting || !status ? (
        !error && <p>{s.loading}</p>
      ) : (
        <>
          <h1 tabIndex={-1} ref={heading}>
            {meeting.title || meeting.id}
          </h1>
          <p className="meeting-meta">
            {[meeting.body, formatDate(meeting.date), meeting.place].filter(Boolean).join(' · ')}
          </p>
          <p className="meeting-detail-status">
            {t.meetings.list.status}:{' '}
            <span className={`meeting-status status-${status}`}>{t.meetings.status[status]}</span>
          </p>
          {justCreated && (
            <p role="status" className="form-success">
              {t.meetings.created}
            </p>
          )}
          <OpenAsEditor api={api} meetingId={meeting.id} />
          <div className="meeting-forms">
            <ShareMeeting api={api} meetingId={meeting.id} />
            <MeetingSummary meeting={meeting} />
          </div>
        </>
      )}
    </main>
  )
}
