import type { JSONContent } from '@tiptap/core'

export const text = (value: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }
export const p = (...content: (JSONContent | string)[]): JSONContent => ({
  type: 'paragraph',
  content: content.map((c) => (typeof c === 'string' ? text(c) : c)),
})
export const title = (value: string): JSONContent => ({ type: 'agendaTitle', content: [text(value)] })
export const section = (
  kind: string,
  content: JSONContent[],
  attrs: Record<string, unknown> = {},
): JSONContent => ({
  type: 'section',
  attrs: { kind, ...attrs },
  content,
})
export const item = (
  name: string,
  sections: JSONContent[],
  attrs: Record<string, unknown> = { caseNumber: 'SAG-2024-00001', caseOfficer: 'abc' },
): JSONContent => ({ type: 'agendaItem', attrs, content: [title(name), ...sections] })
export const group = (name: string, items: JSONContent[]): JSONContent => ({
  type: 'agendaGroup',
  content: [title(name), ...items],
})
export const header: JSONContent = {
  type: 'meetingHeader',
  attrs: {
    body: 'Økonomiudvalget',
    date: '2024-09-02',
    startTime: '16:00',
    endTime: '18:00',
    place: 'Rådhuset',
  },
}

/** A minute with the given agenda parts after a header. */
export const minutes = (...parts: JSONContent[]): JSONContent => ({
  type: 'doc',
  content: [header, ...parts],
})

/** `count` items of a few paragraphs each, in groups of 10: about one page per item. */
export function manyItems(count: number): JSONContent {
  const groups: JSONContent[] = []
  for (let g = 0; g * 10 < count; g++) {
    const items: JSONContent[] = []
    for (let i = g * 10; i < Math.min(count, (g + 1) * 10); i++) {
      items.push(
        item(`Punkt nummer ${i + 1} om grøn omstilling`, [
          section('sagsfremstilling', [
            p('Sagen er beskrevet her med æ, ø og å. '.repeat(12)),
            p('Mere tekst. '.repeat(20)),
          ]),
          section('beslutning', [p(`Punkt ${i + 1} blev godkendt.`)], { status: 'godkendt' }),
        ]),
      )
    }
    groups.push(group(`Gruppe ${g + 1}`, items))
  }
  return minutes(...groups)
}
