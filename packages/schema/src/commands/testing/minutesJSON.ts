import type { JSONContent } from '@tiptap/core'

const paragraph = (text?: string): JSONContent =>
  text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }

/** The JSON the editor writes for a title. */
export const title = (text?: string): JSONContent =>
  text ? { type: 'agendaTitle', content: [{ type: 'text', text }] } : { type: 'agendaTitle' }

/** A section as the editor writes it, every attribute spelled out. */
export function section(
  id: string,
  kind: string,
  text?: string,
  attrs: Record<string, unknown> = {},
): JSONContent {
  return {
    type: 'section',
    attrs: {
      ...{ id, kind, heading: '', date: '', status: '', statusText: '' },
      ...{ votes: null, dissent: [], notParticipating: [], ...attrs },
    },
    content: [paragraph(text)],
  }
}

export function item(id: string, text: string, sections: JSONContent[], attrs = {}): JSONContent {
  const all = { id, caseNumber: '', caseOfficer: '', closed: false, ...attrs }
  return { type: 'agendaItem', attrs: all, content: [title(text), ...sections] }
}

export function group(id: string, text: string, children: JSONContent[]): JSONContent {
  return { type: 'agendaGroup', attrs: { id }, content: [title(text), ...children] }
}

/** A meeting header as the editor writes it. */
export function header(text?: string, attrs = {}): JSONContent {
  const defaults = {
    body: '',
    title: 'Referat',
    date: '',
    startTime: '',
    endTime: '',
    place: '',
    firstItemNumber: 1,
  }
  return { type: 'meetingHeader', attrs: { ...defaults, ...attrs }, content: [paragraph(text)] }
}

export const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })

/** The JSON with every freshly generated (UUID) id replaced by `new`, so expectations can name it. */
export function withNewIds(json: JSONContent): JSONContent {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
  const id = json.attrs?.id
  const attrs = typeof id === 'string' && uuid.test(id) ? { ...json.attrs, id: 'new' } : json.attrs
  return { ...json, ...(attrs && { attrs }), ...(json.content && { content: json.content.map(withNewIds) }) }
}

/** An item with the four KKR sections; `texts` fills some of them. */
export function kkrItem(
  id: string,
  text: string,
  texts: Record<string, string> = {},
  attrs = {},
): JSONContent {
  const kinds = ['baggrund', 'indstilling', 'sagsfremstilling', 'beslutning']
  return item(
    id,
    text,
    kinds.map((kind) => section(`${id}-${kind}`, kind, texts[kind])),
    attrs,
  )
}

/** Two groups: 1 Godkendelse (1.1 Dagsorden, 1.2 Referat) and 2 Regionalpolitiske sager (2.1 Klima). */
export function sampleMinutes(): JSONContent[] {
  return [
    header('', { body: 'KKR Nordjylland' }),
    group('g1', 'Godkendelse', [kkrItem('i1', 'Dagsorden'), kkrItem('i2', 'Referat')]),
    group('g2', 'Regionalpolitiske sager', [kkrItem('i3', 'Klima')]),
  ]
}
