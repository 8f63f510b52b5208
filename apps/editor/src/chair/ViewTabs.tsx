import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { t } from '../i18n/strings'

export type View = 'minutes' | 'chair'

interface ViewTabsProps {
  view: View
  onChange: (view: View) => void
  minutes: ReactNode
  chair: ReactNode
}

const VIEWS: View[] = ['minutes', 'chair']

/**
 * The chair's two views as tabs (arrow keys move between them). Both panels stay mounted, so the
 * editor and its binding live on while the overview shows.
 */
export function ViewTabs({ view, onChange, minutes, chair }: ViewTabsProps) {
  const id = useId()
  const tabs = useRef<Record<View, HTMLButtonElement | null>>({ minutes: null, chair: null })
  const label: Record<View, string> = { minutes: t.chair.minutesTab, chair: t.chair.chairTab }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
    const next = VIEWS[(VIEWS.indexOf(view) + 1) % VIEWS.length]!
    onChange(next)
    tabs.current[next]?.focus()
  }
  return (
    <>
      <div role="tablist" aria-label={t.chair.tabs} className="view-tabs" onKeyDown={onKeyDown}>
        {VIEWS.map((v) => (
          <button
            key={v}
            ref={(el) => {
              tabs.current[v] = el
            }}
            type="button"
            role="tab"
            id={`${id}-${v}-tab`}
            aria-selected={view === v}
            aria-controls={`${id}-${v}`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => onChange(v)}
          >
            {label[v]}
          </button>
        ))}
      </div>
      {VIEWS.map((v) => (
        <div key={v} role="tabpanel" id={`${id}-${v}`} aria-labelledby={`${id}-${v}-tab`} hidden={view !== v}>
          {v === 'minutes' ? minutes : chair}
        </div>
      ))}
    </>
  )
}
