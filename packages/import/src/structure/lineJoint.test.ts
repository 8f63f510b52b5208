import { describe, expect, it } from 'vitest'
import { lineJoint } from './lineJoint'

const kept = new Set(['og', 'eller'])
const joint = (a: string, b: string, width = 76) => lineJoint(a, b, width, kept)

describe('lineJoint', () => {
  it('joins a word hyphenated over the line end', () => {
    expect(joint('KKR er politisk ud-', 'viklingsgruppe for KlimaNord.')).toBe('dehyphenate')
  })

  it('keeps a hyphen after a digit or a capital, and before a conjunction', () => {
    expect(joint('står for en stor del af CO2-', 'udledningen i Danmark.')).toBe('glue')
    expect(joint('I den foregående KKR-', 'sag blev redegjort')).toBe('glue')
    expect(joint('klimakoordinatorerne Anna-', 'Marie Elmkær Chwastek')).toBe('glue')
    expect(joint('dialoger med Social-', 'og Boligministeriet omkring')).toBe('space')
  })

  it('keeps a deliberate short line as a line break and wraps a full one with a space', () => {
    expect(joint('10.00-12.00 – KKR-møde', '12.00-12.30 – Frokost')).toBe('hardBreak')
    expect(
      joint('KKR Nordjylland orienteres løbende om status for arbejdet i KlimaNord, da', 'KKR (sammen'),
    ).toBe('space')
    expect(joint('Omlægningsplaner,', 'Økonomien skal', Infinity)).toBe('hardBreak')
  })
})
