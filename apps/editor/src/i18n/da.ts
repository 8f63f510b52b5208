/** Every string the editor shows, in Danish. */
export const da = {
  appTitle: 'Referat',
  loading: 'Indlæser referatet…',
  missingMeeting: 'Åbn mødet via det link, du har fået tilsendt (/m/<møde>?token=…).',
  missingToken: 'Linket mangler en adgangsnøgle (token).',
  connection: {
    connecting: 'Forbinder…',
    connected: 'Forbundet',
    saving: 'Gemmer…',
    saved: 'Alle ændringer er gemt',
    offline: 'Offline – forbinder igen…',
  },
  role: {
    editor: 'Referent',
    chair: 'Formand',
    viewer: 'Kun læsning',
  },
  readOnlyNotice: 'Du kan læse referatet, men ikke redigere det.',
  finalizedNotice: 'Referatet er endeligt godkendt og kan ikke længere redigeres.',
  toolbar: {
    label: 'Formatering og indsættelse',
    bold: 'Fed',
    italic: 'Kursiv',
    bulletList: 'Punktopstilling',
    orderedList: 'Nummereret liste',
    insertItem: 'Indsæt punkt',
    insertSection: 'Indsæt afsnit',
    sectionKind: 'Afsnitstype',
    insertBilag: 'Indsæt bilag (./.)',
    bilagPrompt: 'Bilagets titel',
  },
  editorLabel: 'Referatets tekst',
  outline: {
    label: 'Dagsorden',
    empty: 'Ingen punkter endnu.',
    untitled: '(uden titel)',
    state: {
      none: 'ingen beslutning',
      written: 'beslutning skrevet',
      approved: 'godkendt af formanden',
    },
  },
  item: {
    closed: 'Lukket punkt',
    bilag: 'Bilag',
  },
} as const
