import { describe, expect, it } from 'vitest'
import { getMinutesSchema } from './getMinutesSchema'
import { numberAgenda } from './numbering'

const item = (title: string) => ({
  type: 'agendaItem',
  attrs: { id: title, caseNumber: 'SAG-2024-03326', caseOfficer: 'hlth' },
  content: [
    { type: 'agendaTitle', content: [{ type: 'text', text: title }] },
    {
      type: 'section',
      attrs: { kind: 'beslutning', status: 'godkendt' },
      content: [
        { type: 'paragraph', content: [{ type: 'bilag' }, { type: 'text', text: ' Bilag vedlagt.' }] },
      ],
    },
  ],
})

describe('minutes schema', () => {
  it('builds headless and accepts a minute with groups, items, sections and a bilag marker', () => {
    const schema = getMinutesSchema()
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'meetingHeader', attrs: { body: 'KKR Nordjylland', date: '2024-09-20' } },
        { type: 'attendance', content: [{ type: 'attendee', attrs: { name: 'Jes Lunde', party: 'B' } }] },
        {
          type: 'agendaGroup',
          content: [
            { type: 'agendaTitle', content: [{ type: 'text', text: 'Godkendelse' }] },
            item('a'),
            item('b'),
          ],
        },
        { type: 'agendaGroup', content: [item('c')] },
      ],
    })
    expect(() => doc.check()).not.toThrow()
    expect(numberAgenda(doc).map((n) => n.number)).toEqual(['1', '1.1', '1.2', '2', '2.1'])
  })

  it('numbers items outside groups from the header', () => {
    const schema = getMinutesSchema()
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [{ type: 'meetingHeader', attrs: { firstItemNumber: 715 } }, item('x'), item('y')],
    })
    expect(numberAgenda(doc).map((n) => n.number)).toEqual(['715', '716'])
  })

  it('rejects a section directly in the document', () => {
    const schema = getMinutesSchema()
    const doc = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'section' }] })
    expect(() => doc.check()).toThrow()
  })
})
