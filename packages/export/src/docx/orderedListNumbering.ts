import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx'
import { ORDERED_LIST } from './docxStyles'

/**
 * docx starts every instance of a numbering reference at its levels' `start`, so each first number
 * (an `orderedList`'s `start` attribute) gets a reference of its own.
 */
export const orderedListReference = (start: number): string =>
  start === 1 ? ORDERED_LIST : `${ORDERED_LIST}-from-${start}`

export function orderedListNumbering(starts: Iterable<number>): INumberingOptions {
  return {
    config: [...new Set([1, ...starts])].map((start) => ({
      reference: orderedListReference(start),
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: level % 3 === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        start,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    })),
  }
}
