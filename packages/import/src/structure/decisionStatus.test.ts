import { describe, expect, it } from 'vitest'
import { importText } from '../importMinutes'
import { nodesOf } from '../testing/nodes'
import { compileVocabulary } from '../vocabulary/compileVocabulary'
import { defaultVocabulary } from '../vocabulary/defaultVocabulary'
import { decisionStatus } from './decisionStatus'

const v = compileVocabulary(defaultVocabulary)

describe('decision status', () => {
  it.each([
    ['KKR Nordjylland tog orienteringen til efterretning og drøftede oplægget.', 'taget-til-efterretning'],
    [
      'KKR Nordjylland drøftede budget 2025 for Socialtilsyn Nord og tog det til\nefterretning.',
      'taget-til-efterretning',
    ],
    ['Taget til efterretning', 'taget-til-efterretning'],
    ['KKR Nordjylland godkendte Nordjysk Socialaftale 2025-26.', 'godkendt'],
    ['Indstillingen godkendt', 'godkendt'],
    ['KKR Nordjylland tiltrådte indstillingen.', 'tiltraadt'],
    ['Indstillingen blev ikke godkendt.', 'ikke-godkendt'],
    ['Punktet genoptages.', 'udsat'],
    ['Der indkaldes til et ekstraordinært møde.', ''],
  ])('%j → %j', (text, status) => {
    expect(decisionStatus(text, v)).toBe(status)
  })

  it('records who did not take part, on the heading line or after it', () => {
    const doc = importText(
      [
        '1. Punkt',
        'Sagsnr.: 2024-1',
        'Beslutning',
        'Godkendt.',
        'Følgende deltog ikke i behandlingen af punktet:',
        'Jens Hansen (A), Eva Holm (V)',
        '',
        '2. Andet',
        'Sagsnr.: 2024-2',
        'Beslutning',
        'Taget til efterretning.',
        'Ib Lund (V) deltog ikke i behandlingen af punktet.',
      ].join('\n'),
    )
    const decisions = nodesOf(doc, 'section').filter((s) => s.attrs?.kind === 'beslutning')
    expect(decisions.map((d) => d.attrs?.notParticipating)).toEqual([
      ['Jens Hansen (A)', 'Eva Holm (V)'],
      ['Ib Lund (V)'],
    ])
  })
})
