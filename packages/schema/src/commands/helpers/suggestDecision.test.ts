import { describe, expect, it } from 'vitest'
import { suggestDecision } from './suggestDecision'

const kkr = 'Det indstilles, at KKR Nordjylland'

const cases: { name: string; recommendation: string; expected: ReturnType<typeof suggestDecision> }[] = [
  {
    name: 'godkender dagsordenen (1.1)',
    recommendation: `${kkr} godkender dagsordenen.`,
    expected: { text: 'KKR Nordjylland godkendte dagsordenen.', status: 'godkendt' },
  },
  {
    name: 'godkender referatet fra … with a date inside the sentence (1.2)',
    recommendation: `${kkr} godkender referatet fra KKR Nordjyllands møde den 21. juni 2024.`,
    expected: {
      text: 'KKR Nordjylland godkendte referatet fra KKR Nordjyllands møde den 21. juni 2024.',
      status: 'godkendt',
    },
  },
  {
    name: 'tager orienteringen til efterretning (2.2)',
    recommendation: `${kkr} tager orienteringen til efterretning.`,
    expected: {
      text: 'KKR Nordjylland tog orienteringen til efterretning.',
      status: 'taget-til-efterretning',
    },
  },
  {
    name: 'drøfter oplægget og tager orienteringen til efterretning (2.1)',
    recommendation: `${kkr} drøfter oplægget og tager orienteringen til efterretning.`,
    expected: {
      text: 'KKR Nordjylland drøftede oplægget og tog orienteringen til efterretning.',
      status: 'taget-til-efterretning',
    },
  },
  {
    name: 'drøfter … og tager den til efterretning (2.4)',
    recommendation: `${kkr} drøfter Socialtilsyn Nords årsberetning 2023 og tager den til efterretning.`,
    expected: {
      text: 'KKR Nordjylland drøftede Socialtilsyn Nords årsberetning 2023 og tog den til efterretning.',
      status: 'taget-til-efterretning',
    },
  },
  {
    name: 'drøfter … og tager det til efterretning (2.5)',
    recommendation: `${kkr} drøfter budget 2025 for Socialtilsyn Nord og tager det til efterretning.`,
    expected: {
      text: 'KKR Nordjylland drøftede budget 2025 for Socialtilsyn Nord og tog det til efterretning.',
      status: 'taget-til-efterretning',
    },
  },
  {
    name: 'dash list: drøfter og godkender … og anbefaler, at … godkendes (2.6)',
    recommendation: `${kkr}\n– drøfter og godkender Nordjysk Socialaftale 2025-26 og\n– anbefaler, at aftalen godkendes i de nordjyske kommunalbestyrelser.`,
    expected: {
      text: 'KKR Nordjylland drøftede og godkendte Nordjysk Socialaftale 2025-26 og anbefalede, at aftalen godkendes i de nordjyske kommunalbestyrelser.',
      status: 'godkendt',
    },
  },
  {
    name: 'tiltræder indstillingen vedrørende … (2.8)',
    recommendation: `${kkr} tiltræder indstillingen vedrørende fordelingen af lærepladser blandt kommunerne i KKR Nordjylland i 2025.`,
    expected: {
      text: 'KKR Nordjylland tiltrådte indstillingen vedrørende fordelingen af lærepladser blandt kommunerne i KKR Nordjylland i 2025.',
      status: 'tiltraadt',
    },
  },
  {
    name: 'raw notes typed under the recommendation are ignored (2.3)',
    recommendation: `${kkr} tager orienteringen til efterretning.\n\nAfsat 10 mia. kr. frem mod 2045 til (biokul).\nKL vil gerne have vores viden og erfaringer vedr. CO2-nedbringelse.`,
    expected: {
      text: 'KKR Nordjylland tog orienteringen til efterretning.',
      status: 'taget-til-efterretning',
    },
  },
  {
    name: 'notes after an unterminated recommendation are ignored',
    recommendation: `${kkr} godkender dagsordenen\nDet blev bemærket, at formanden godkender referater fremover.`,
    expected: { text: 'KKR Nordjylland godkendte dagsordenen.', status: 'godkendt' },
  },
  {
    name: 'another subject with a comma inside it (Syddjurs)',
    recommendation:
      'Direktøren indstiller, at Udvalget for Plan, udvikling og kultur påbegynder arbejdet med formulering af\nmål og handlinger for KULTURKOMMUNEN 2017.\nBeslutning i Udvalget for plan, udvikling og kultur (PUK) den 10-04-2013',
    expected: {
      text: 'Udvalget for Plan, udvikling og kultur påbegyndte arbejdet med formulering af mål og handlinger for KULTURKOMMUNEN 2017.',
      status: 'andet',
    },
  },
  {
    name: 'an active verb in a subordinate clause stays in the present',
    recommendation: `${kkr} anbefaler, at kommunalbestyrelserne godkender aftalen.`,
    expected: {
      text: 'KKR Nordjylland anbefalede, at kommunalbestyrelserne godkender aftalen.',
      status: 'andet',
    },
  },
  {
    name: 'a main verb after a relative clause and ", og"',
    recommendation:
      'Det indstilles, at udvalget godkender de projekter, der fremgår af bilaget, og tager status til efterretning.',
    expected: {
      text: 'Udvalget godkendte de projekter, der fremgår af bilaget, og tog status til efterretning.',
      status: 'godkendt',
    },
  },
  {
    name: 'negation moves after the verb',
    recommendation: 'Det indstilles, at udvalget ikke godkender ansøgningen.',
    expected: { text: 'Udvalget godkendte ikke ansøgningen.', status: 'ikke-godkendt' },
  },
  {
    name: 'udsætter → udsat',
    recommendation: 'Forvaltningen indstiller til Byrådet, at Byrådet udsætter sagen til næste møde.',
    expected: { text: 'Byrådet udsatte sagen til næste møde.', status: 'udsat' },
  },
  {
    name: 'null: no recommendation',
    recommendation: 'KKR Nordjylland tog orienteringen til efterretning.',
    expected: null,
  },
  {
    name: 'null: passive main clause',
    recommendation: 'Det indstilles, at dagsordenen godkendes.',
    expected: null,
  },
  {
    name: 'null: lettered sub-points without a subject (Ballerup)',
    recommendation:
      'Center for Ejendomme indstiller, at\nA)\n\nDe foreslåede arbejder for bygningsvedligeholdelse 2013 godkendes.',
    expected: null,
  },
  { name: 'null: empty section', recommendation: '', expected: null },
]

describe('suggestDecision', () => {
  it.each(cases)('$name', ({ recommendation, expected }) => {
    expect(suggestDecision(recommendation)).toEqual(expected)
  })
})
