import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx'
import { runningHeader } from '../helpers/meetingLines'
import type { MeetingFacts } from '../model/MinutesView'

/** The running header `KKR Nordjylland | 20-09-2024` and the footer `Side N af M` (PAGE and NUMPAGES fields). */
export function pageFurniture(meeting: MeetingFacts) {
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: runningHeader(meeting), size: 18, color: '595959' })],
      }),
    ],
  })
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  })
  const empty = () => new Paragraph('')
  return {
    headers: { default: header, first: new Header({ children: [empty()] }) },
    footers: { default: footer, first: new Footer({ children: [empty()] }) },
  }
}
