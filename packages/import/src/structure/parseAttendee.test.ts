import { describe, expect, it } from 'vitest'
import { compileVocabulary } from '../vocabulary/compileVocabulary'
import { defaultVocabulary } from '../vocabulary/defaultVocabulary'
import { parseAttendee } from './parseAttendee'

const v = compileVocabulary(defaultVocabulary)

describe('parseAttendee', () => {
  it('reads name, party and municipality', () => {
    expect(parseAttendee('Hans Ejner Bertelsen (V) Morsø Kommune', v)).toMatchObject({
      name: 'Hans Ejner Bertelsen',
      party: 'V',
      organisation: 'Morsø Kommune',
      status: 'present',
      role: '',
    })
  })

  it('reads a comma before the municipality', () => {
    expect(parseAttendee('Brian Nielsen (D), Thisted Kommune', v)).toMatchObject({
      name: 'Brian Nielsen',
      organisation: 'Thisted Kommune',
    })
  })

  it('reads a substitute and whom they replace', () => {
    expect(
      parseAttendee('Frank Østergaard (F) Jammerbugt Kommune, Suppl. for Henning Jørgensen', v),
    ).toMatchObject({
      organisation: 'Jammerbugt Kommune',
      status: 'substitute',
      substituteFor: 'Henning Jørgensen',
    })
  })

  it('reads a role, with or without party', () => {
    expect(parseAttendee('Grethe Larsen (A) - næstformand', v)).toMatchObject({
      name: 'Grethe Larsen',
      role: 'næstformand',
      organisation: '',
    })
    expect(parseAttendee('Lene Holm - formand', v)).toMatchObject({ name: 'Lene Holm', role: 'formand' })
  })

  it('takes a line without party as a name', () => {
    expect(parseAttendee('Mie Helene Andresen', v)).toMatchObject({ name: 'Mie Helene Andresen', party: '' })
  })
})
