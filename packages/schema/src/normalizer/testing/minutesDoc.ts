import { Editor, type JSONContent } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { defaultMinutesConfig, type MinutesConfig } from '../../config'
import { minutesNodeExtensions } from '../../extensions'
import { MinutesNormalizer } from '../minutesNormalizer'

export const KINDS = ['baggrund', 'indstilling', 'sagsfremstilling', 'beslutning'] as const

export const paragraph = (text = ''): JSONContent => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : [],
})

export const title = (text = ''): JSONContent => ({
  type: 'agendaTitle',
  content: text ? [{ type: 'text', text }] : [],
})

export const section = (kind: string, id: string, ...texts: string[]): JSONContent => ({
  type: 'section',
  attrs: { kind, id },
  content: texts.map((t) => paragraph(t)),
})

/** An item `n` ("2.1") with the four KKR sections, each holding one paragraph "<n> <kind>". */
export const item = (n: string, ...extra: JSONContent[]): JSONContent => ({
  type: 'agendaItem',
  attrs: { id: `item-${n}` },
  content: [
    title(`Punkt ${n}`),
    ...KINDS.map((kind) => section(kind, `${n}-${kind}`, `${n} ${kind}`)),
    ...extra,
  ],
})

export const group = (n: string, ...items: JSONContent[]): JSONContent => ({
  type: 'agendaGroup',
  attrs: { id: `group-${n}` },
  content: [title(`Gruppe ${n}`), ...items],
})

/** Header, attendance, group 1 (1.1) and group 2 (2.1–2.4). */
export const kkrMinutes = (): JSONContent => ({
  type: 'doc',
  content: [
    { type: 'meetingHeader', attrs: { body: 'KKR Nordjylland' }, content: [paragraph('Mødested')] },
    {
      type: 'attendance',
      content: [
        { type: 'attendee', attrs: { id: 'a1', name: 'Jes Lunde', party: 'B' } },
        { type: 'attendee', attrs: { id: 'a2', name: 'Mogens Gade', party: 'V' } },
      ],
    },
    group('1', item('1.1')),
    group('2', item('2.1'), item('2.2'), item('2.3'), item('2.4')),
  ],
})

export const createMinutesEditor = (content: JSONContent, config: MinutesConfig = defaultMinutesConfig) =>
  new Editor({ extensions: [...minutesNodeExtensions(), MinutesNormalizer.configure({ config })], content })

/** The position `offset` characters into the first text node reading exactly `text`. */
export function posIn(doc: PMNode, text: string, offset: number): number {
  let found = -1
  doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text === text) found = pos + offset
    return found < 0
  })
  if (found < 0) throw new Error(`no text node "${text}"`)
  return found
}

/** The item (or group) with this id, as JSON-like summary: title and [kind, text] per section. */
export function outline(doc: PMNode, id: string): { title: string; sections: [string, string][] } {
  let found: PMNode | null = null
  doc.descendants((node) => {
    if (node.attrs.id === id && node.type.name.startsWith('agenda')) found = node
    return !found
  })
  if (!found) throw new Error(`no agenda node ${id}`)
  const node: PMNode = found
  const sections: [string, string][] = []
  node.forEach((child) => {
    if (child.type.name === 'section')
      sections.push([String(child.attrs.kind), child.textBetween(0, child.content.size, '|')])
  })
  return { title: node.firstChild?.textContent ?? '', sections }
}

/** Ids of every item, in document order. */
export function itemIds(doc: PMNode): string[] {
  const ids: string[] = []
  doc.descendants((node) => {
    if (node.type.name === 'agendaItem') ids.push(String(node.attrs.id))
    return node.type.name !== 'agendaItem'
  })
  return ids
}
