import { t } from '../i18n/strings'
import type { Presence } from './presenceByUser'

/** Who has the meeting open, once per person, in their caret colour. */
export function PresenceList({ presence }: { presence: Presence[] }) {
  return (
    <section className="presence" aria-label={t.presence.label}>
      <ul>
        {presence.map((person) => (
          <li key={person.id} className="presence-person">
            <span className="presence-dot" style={{ backgroundColor: person.color }} aria-hidden="true" />
            {person.name}
            {person.self && <span className="presence-self"> {t.presence.self}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
