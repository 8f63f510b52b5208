import type { Node as PMNode } from '@tiptap/pm/model'
import { Transform } from '@tiptap/pm/transform'
import { defaultMinutesConfig, numberAgenda, sectionKindOf, type MinutesConfig } from '@referat/schema'
import type { ExportOptions, ExportVersion } from '../ExportOptions'
import { ExportError } from '../ExportError'
import { EXPORT_VERSIONS } from '../ExportOptions'

export interface MeetingFacts {
  body: string
  title: string
  /** ISO date `2024-09-20`, or empty. */
  date: string
  startTime: string
  endTime: string
  place: string
}

/** The document as both exporters read it: numbers, meeting facts and what the version may show. */
export interface MinutesView {
  doc: PMNode
  meeting: MeetingFacts
  version: ExportVersion
  config: MinutesConfig
  /** Agenda number ("2.3") of a group or item node of `doc`. */
  numbers: Map<PMNode, string>
}

function meetingFacts(doc: PMNode): MeetingFacts {
  let header: PMNode | undefined
  doc.forEach((part) => {
    if (!header && part.type.name === 'meetingHeader') header = part
  })
  const a = header?.attrs ?? {}
  const text = (key: string) => (typeof a[key] === 'string' ? (a[key] as string) : '')
  return {
    body: text('body'),
    title: text('title') || 'Referat',
    date: text('date'),
    startTime: text('startTime'),
    endTime: text('endTime'),
    place: text('place'),
  }
}

/** The public minutes leave out the markers of attachments that may not be published. */
function withoutUnpublishableBilag(doc: PMNode): PMNode {
  const positions: number[] = []
  doc.descendants((node, pos) => {
    if (node.type.name === 'bilag' && node.attrs.publishable === false) positions.push(pos)
  })
  const tr = new Transform(doc)
  for (const pos of positions.reverse()) tr.delete(pos, pos + 1)
  return tr.doc
}

export function minutesView(source: PMNode, options: ExportOptions): MinutesView {
  if (!EXPORT_VERSIONS.includes(options?.version)) {
    throw new ExportError(`Unknown version "${String(options?.version)}"; use "full" or "public".`)
  }
  const doc = options.version === 'public' ? withoutUnpublishableBilag(source) : source
  const numbers = new Map<PMNode, string>()
  for (const n of numberAgenda(doc)) {
    const node = doc.nodeAt(n.pos)
    if (node) numbers.set(node, n.number)
  }
  return {
    doc,
    meeting: meetingFacts(doc),
    version: options.version,
    config: options.config ?? defaultMinutesConfig,
    numbers,
  }
}

/** Live notes (unpublished kinds) never leave the editor, in either version. */
export function isPublished(view: MinutesView, section: PMNode): boolean {
  return sectionKindOf(view.config, String(section.attrs.kind))?.published ?? true
}

/** A closed item in the public version shows only its number, title and "Lukket punkt". */
export function isHidden(view: MinutesView, item: PMNode): boolean {
  return view.version === 'public' && Boolean(item.attrs.closed)
}
