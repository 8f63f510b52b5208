import {
  Document,
  type HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type FileChild,
  type ParagraphChild,
} from 'docx'

export const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level })
export const para = (text: string, ...runs: ParagraphChild[]) =>
  new Paragraph({ children: [new TextRun(text), ...runs] })
export const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } })
export const table = (rows: string[][]) =>
  new Table({
    rows: rows.map(
      (cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [para(c)] })) }),
    ),
  })

/** A .docx built with the `docx` library from the given blocks. */
export async function agendaDocx(children: FileChild[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }] })
  return new Uint8Array(await Packer.toBuffer(doc))
}
