import { initials } from '../collab/initials'
import type { Presence } from '../collab/presenceByUser'
import { t } from '../i18n/strings'

/** Initials of the people in one agenda item, with their names as text for screen readers. */
export function OutlinePresence({ people }: { people: Presence[] }) {
  if (people.length === 0) return null
  const names = people.map((p) => p.name).join(', ')
  return (
    <span className="outline-presence" title={names}>
      {people.map((p) => (
        <span key={p.id} className="outline-initials" style={{ backgroundColor: p.color }} aria-hidden="true">
          {initials(p.name)}
        </span>
      ))}
      <span className="visually-hidden">{`${t.presence.inItem} ${names}`}</span>
    </span>
  )
}
