import type { JSONContent } from '@tiptap/core'
import { group, header, item, minutes, p, section, text, title } from './syntheticMinutes'

const attendee = (attrs: Record<string, string>): JSONContent => ({ type: 'attendee', attrs })
const li = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content })
const cell = (type: 'tableCell' | 'tableHeader', value: string): JSONContent => ({
  type,
  content: [p(value)],
})
const one = (...blocks: JSONContent[]) =>
  minutes(group('Sager', [item('Sagen', [section('sagsfremstilling', blocks)])]))

/** One small document per node type and feature; each exporter snapshots every case by name. */
export const nodeCases: Record<string, JSONContent> = {
  meetingHeader: {
    type: 'doc',
    content: [
      {
        ...header,
        content: [{ type: 'heading', attrs: { level: 3 }, content: [text('Mission')] }, p('Fælles mål.')],
      },
    ],
  },
  attendance: minutes({
    type: 'attendance',
    content: [
      attendee({
        name: 'Jens Hansen',
        party: 'A',
        organisation: 'Aalborg Kommune',
        role: 'formand',
        status: 'present',
      }),
      attendee({
        name: 'Eva Holm',
        party: 'V',
        organisation: 'Thisted Kommune',
        status: 'substitute',
        substituteFor: 'Ib Lund',
      }),
      attendee({ name: 'Ib Lund', party: 'V', organisation: 'Thisted Kommune', status: 'absent' }),
      attendee({ name: 'Åse Øster', kind: 'official', function: 'Sekretær', status: 'present' }),
      p('Mødet blev holdt hybridt.'),
    ],
  }),
  agendaGroup: minutes(
    {
      type: 'agendaGroup',
      content: [
        title('Godkendelse'),
        p('Gruppens tekst.'),
        item('Dagsorden', [section('beslutning', [p('Godkendt.')], { status: 'godkendt' })]),
      ],
    },
    group('Eventuelt', []),
  ),
  looseItems: {
    type: 'doc',
    content: [
      { ...header, attrs: { ...header.attrs, firstItemNumber: 715 } },
      item('Lokalplan', [section('beslutning', [p('Vedtaget.')])], {
        caseNumber: '12/27845',
        caseOfficer: '',
      }),
    ],
  },
  paragraphMarks: one(
    p(
      text('fed', [{ type: 'bold' }]),
      ' og ',
      text('kursiv', [{ type: 'italic' }]),
      ' og ',
      text('et link', [{ type: 'link', attrs: { href: 'https://kl.dk/' } }]),
      '.',
    ),
  ),
  hardBreak: one({
    type: 'paragraph',
    content: [text('første linje'), { type: 'hardBreak' }, text('anden linje')],
  }),
  headings: one(
    { type: 'heading', attrs: { level: 3 }, content: [text('Økonomi')] },
    { type: 'heading', attrs: { level: 4 }, content: [text('Drift')] },
  ),
  bulletList: one({
    type: 'bulletList',
    content: [li(p('et')), li(p('to'), { type: 'bulletList', content: [li(p('to a'))] })],
  }),
  orderedLists: one(
    {
      type: 'orderedList',
      content: [li(p('første')), li(p('anden'), { type: 'orderedList', content: [li(p('under'))] })],
    },
    p('Mellem listerne.'),
    { type: 'orderedList', content: [li(p('ny liste'))] },
  ),
  table: one({
    type: 'table',
    content: [
      { type: 'tableRow', content: [cell('tableHeader', 'Post'), cell('tableHeader', '2025')] },
      { type: 'tableRow', content: [cell('tableCell', 'Drift'), cell('tableCell', '1.100')] },
    ],
  }),
  bilag: one(
    p({ type: 'bilag', attrs: { title: 'Notat om budget' } }, ' Notatet er vedlagt.'),
    p({ type: 'bilag' }, ' Et bilag uden titel.'),
  ),
  sectionHeadings: minutes(
    group('Sager', [
      item('Sagen', [
        section('baggrund', [p('Label fra konfigurationen.')]),
        section('sagsfremstilling', [p('Egen overskrift.')], { heading: 'Supplerende sagsfremstilling' }),
        section('beslutning', [p('Dateret beslutning.')], { date: '2013-04-10' }),
      ]),
    ]),
  ),
  decisionProtocol: minutes(
    group('Sager', [
      item('Budget', [
        section('beslutning', [p('Indstillingen blev godkendt.')], {
          status: 'godkendt',
          votes: { for: ['A', 'V'], against: ['Ø'], abstain: ['F'] },
          notParticipating: ['Jens Hansen', 'Eva Holm'],
          dissent: [{ who: 'Ø', text: 'Budgettet er for stramt.' }],
        }),
        section('beslutning', [], { status: 'udsat' }),
      ]),
    ]),
  ),
  closedItem: minutes(
    group('Lukkede sager', [
      item(
        'Personalesag',
        [
          section('sagsfremstilling', [p('Fortroligt indhold om en medarbejder.')]),
          section('beslutning', [p('Fortrolig beslutning.')]),
        ],
        {
          caseNumber: 'SAG-2024-00009',
          caseOfficer: 'abc',
          closed: true,
        },
      ),
    ]),
  ),
  liveNotes: minutes(
    group('Sager', [
      item('Sagen', [
        section('noter', [p('Hemmelig note fra mødet.')]),
        section('beslutning', [p('Godkendt.')]),
      ]),
    ]),
  ),
}
