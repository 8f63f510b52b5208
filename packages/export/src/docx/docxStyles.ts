import { BorderStyle, ShadingType, type IStylesOptions } from 'docx'

export const FONT = 'Arial'
export const LANGUAGE = 'da-DK'
export const ORDERED_LIST = 'ordered-list'

const DECISION_BORDER = { style: BorderStyle.SINGLE, size: 18, color: '2F5496', space: 8 }

/** Styles are defined once here; the body refers to them by id. */
export const docxStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, language: { value: LANGUAGE } },
      paragraph: { spacing: { after: 120, line: 276 } },
    },
    title: { run: { font: FONT, size: 48, bold: true, color: '1F3864' } },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: FONT, size: 28, bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 320, after: 80 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: 24, bold: true },
      paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
    },
    heading4: { run: { font: FONT, size: 22, bold: true }, paragraph: { keepNext: true } },
    heading5: { run: { font: FONT, size: 22, bold: true, italics: true }, paragraph: { keepNext: true } },
  },
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      run: { size: 36, color: '1F3864' },
      paragraph: { spacing: { after: 240 } },
    },
    { id: 'CaseLine', name: 'Sagslinje', basedOn: 'Normal', run: { size: 18, color: '595959' } },
    { id: 'ClosedItem', name: 'Lukket punkt', basedOn: 'Normal', run: { italics: true } },
    { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', run: { size: 32, bold: true } },
    {
      id: 'Decision',
      name: 'Beslutning',
      basedOn: 'Normal',
      paragraph: {
        border: { left: DECISION_BORDER },
        shading: { type: ShadingType.CLEAR, fill: 'EDF2F9', color: 'auto' },
        indent: { left: 240 },
      },
    },
    { id: 'Protocol', name: 'Protokoltekst', basedOn: 'Decision', run: { italics: true } },
  ],
}
