import { decisionStatusLabels, type DecisionStatus } from '@referat/schema'
import { t } from '../i18n/strings'
import type { MeetingDetails } from './api/meetingTypes'

const s = t.meetings.detail

function decisionText({ approved, decisionStatus }: MeetingDetails['items'][number]): string {
  if (approved) return t.outline.state.approved
  if (!decisionStatus) return t.outline.state.none
  return `${s.decision}: ${decisionStatusLabels[decisionStatus as DecisionStatus] ?? decisionStatus}`
}

/** Counts of items, decisions and attendance, then the agenda with each item's decision state. */
export function MeetingSummary({ meeting }: { meeting: MeetingDetails }) {
  const { items, attendance } = meeting
  return (
    <section className="panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{s.summary}</h2>
      {meeting.finalized && <p>{t.finalizedNotice}</p>}
      <dl className="summary-counts">
        <dt>{s.items}</dt>
        <dd data-count="items">{items.length}</dd>
        <dt>{s.decided}</dt>
        <dd data-count="decided">{items.filter((item) => item.decisionStatus).length}</dd>
        <dt>{s.approved}</dt>
        <dd data-count="approved">{items.filter((item) => item.approved).length}</dd>
        <dt>{s.attendance}</dt>
        <dd>{s.attendanceText(attendance.present, attendance.absent, attendance.substitutes)}</dd>
      </dl>
      <h3>{s.agenda}</h3>
      <ul className="summary-items">
        {items.map((item) => (
          <li key={item.id}>
            {item.title || t.outline.untitled} <span className="summary-state">– {decisionText(item)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
