import { describe, expect, it } from 'vitest'
import { compileVocabulary } from '../vocabulary/compileVocabulary'
import { defaultVocabulary } from '../vocabulary/defaultVocabulary'
import { removePageFurniture } from './removePageFurniture'

const v = compileVocabulary(defaultVocabulary)
const header = (page: number) => ['Udvalget', 'Referat', 'Dato: 01.02.2024', `Side ${page}`]

describe('removePageFurniture', () => {
  it('removes a header block repeated above every page number, leaving page markers', () => {
    const lines = [
      ...header(1),
      '',
      'Referat',
      'Udvalget',
      'tekst der løber',
      '',
      ...header(2),
      '',
      'videre her',
      ...header(3),
      'slut',
    ]
    expect(removePageFurniture(lines, v).lines).toEqual([
      'Referat',
      'Udvalget',
      'tekst der løber',
      null,
      'videre her',
      null,
      'slut',
    ])
  })

  it('keeps a block seen above fewer page numbers than the minimum', () => {
    const lines = ['Udvalget', 'Side 1', 'tekst', 'Udvalget', 'Side 2', 'mere']
    expect(removePageFurniture(lines, v).lines).toEqual(['Udvalget', null, 'tekst', 'Udvalget', null, 'mere'])
  })

  it('reads body and date from a running header before removing it', () => {
    const result = removePageFurniture(['tekst', 'KKR Nordjylland  | 20-09-2024', ' SIDE  |  11', 'mere'], v)
    expect(result.lines).toEqual(['tekst', null, 'mere'])
    expect(result.facts).toEqual({ body: 'KKR Nordjylland', date: '20-09-2024' })
  })
})
