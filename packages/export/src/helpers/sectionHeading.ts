import type { Node as PMNode } from '@tiptap/pm/model'
import { sectionKindOf } from '@referat/schema'
import type { MinutesView } from '../model/MinutesView'
import { shortDanishDate } from './danishDate'

/** The heading over a section: its own `heading`, else the configured label (dated for a dated decision). */
export function sectionHeading(view: MinutesView, section: PMNode): string {
  const own = String(section.attrs.heading ?? '').trim()
  if (own) return own
  const kind = String(section.attrs.kind)
  const label = sectionKindOf(view.config, kind)?.label ?? kind.charAt(0).toUpperCase() + kind.slice(1)
  const date = String(section.attrs.date ?? '')
  return date ? `${label} den ${shortDanishDate(date)}` : label
}
