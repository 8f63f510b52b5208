const letters: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue' }

/** A section kind from a heading: "Beslutningen træffes af" → `beslutningen-traeffes-af`. */
export function slugify(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/[æøåäöü]/g, (c) => letters[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
