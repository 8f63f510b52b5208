import { useCallback } from 'react'
import { t } from '../i18n/strings'
import type { AdminApi } from './api/createAdminApi'
import { ImportAgendaForm } from './ImportAgendaForm'
import { MeetingList } from './MeetingList'
import { navigate } from './navigate'
import { NewMeetingForm } from './NewMeetingForm'
import { useFocusOnShow } from './useFocusOnShow'
import { useLoaded } from './useLoaded'

const openCreated = (id: string) => navigate(`/meetings/${encodeURIComponent(id)}`, { created: true })

/** The operator's home: create or import a meeting, and the list of meetings. */
export function MeetingsHome({ api }: { api: AdminApi }) {
  const { data, error } = useLoaded(useCallback(() => api.listMeetings(), [api]))
  const heading = useFocusOnShow<HTMLHeadingElement>(api)
  return (
    <main className="meetings">
      <h1 tabIndex={-1} ref={heading}>
        {t.meetings.heading}
      </h1>
      <div className="meeting-forms">
        <NewMeetingForm api={api} onCreated={openCreated} />
        <ImportAgendaForm api={api} onCreated={openCreated} />
      </div>
      <MeetingList meetings={data} error={error} />
    </main>
  )
}
