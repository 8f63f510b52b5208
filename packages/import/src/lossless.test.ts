import { describe, expect, it } from 'vitest'
import { importText } from './importMinutes'
import { BALLERUP, KKR, readFixture, SYDDJURS } from './testing/fixtures'
import { documentWords, missingWords, sourceWords } from './testing/words'

/** The page furniture of each fixture, written out here independently of the vocabulary. */
const furniture: Record<string, RegExp[]> = {
  [KKR]: [/^KKR Nordjylland\s+\|\s+20-09-2024$/, /^SIDE\s+\|\s+\d+$/],
  [BALLERUP]: [
    /^Side \d+$/,
    /^Dato: 04\.12\.2012$/,
    /^Åbent referat$/,
    /^Referat$/,
    /^Sundheds- og Forebyggelsesudvalget$/,
  ],
  [SYDDJURS]: [/^\d of 5$/, /^Side \d$/, /^Referat For Udvalget/, /^20\. juni 2013 - kl\. 10:30$/],
}

/** Field labels that become attributes rather than text. */
const labels = new Set(['Sagsnr'])

describe('import is lossless', () => {
  it.each([KKR, BALLERUP, SYDDJURS])('keeps every word of %s except page furniture', (name) => {
    const text = readFixture(name)
    const source = sourceWords(text, furniture[name] ?? [])
    for (const label of labels) source.delete(label)
    const missing = missingWords(source, documentWords(importText(text)))
    expect(missing).toEqual([])
  })
})
