/** What a line can be, as far as the vocabulary alone can tell; context decides the rest. */
export type LineClass =
  | { kind: 'text' }
  | { kind: 'attendanceTitle' }
  | { kind: 'attendanceHeading'; status: 'present' | 'absent' }
  | { kind: 'officialHeading'; function: string }
  | { kind: 'toc' }
  | { kind: 'groupedItem'; group: number; number: number; title: string }
  | {
      kind: 'numbered'
      group?: { number: number; title: string }
      item?: { number: number; title: string }
      ordered?: { number: number; text: string }
    }
  | { kind: 'case'; caseNumber: string; caseOfficer: string }
  | { kind: 'caseLabel' }
  | { kind: 'section'; sectionKind: string; heading: string; date: string }
  | { kind: 'notParticipating'; names: string }
  | { kind: 'bilag'; rest: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'bulletGlyph' }
  | { kind: 'label'; label: string }

/** Classes that open or head a part of the agenda; paragraphs never run across them. */
export const STRUCTURAL_KINDS = new Set<LineClass['kind']>([
  'attendanceTitle',
  'attendanceHeading',
  'officialHeading',
  'toc',
  'groupedItem',
  'case',
  'caseLabel',
  'section',
])
