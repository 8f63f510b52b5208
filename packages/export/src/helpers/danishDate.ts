const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
]
const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag']

function parts(iso: string): [number, number, number] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined
}

/** `2024-09-20` → `Fredag den 20. september 2024`; anything else is returned as it is. */
export function longDanishDate(iso: string): string {
  const p = parts(iso)
  if (!p) return iso
  const [y, m, d] = p
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? ''
  const text = `${weekday} den ${d}. ${MONTHS[m - 1] ?? ''} ${y}`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** `2024-09-20` → `20-09-2024`, as KL's running header writes it. */
export function shortDanishDate(iso: string): string {
  const p = parts(iso)
  return p ? `${String(p[2]).padStart(2, '0')}-${String(p[1]).padStart(2, '0')}-${p[0]}` : iso
}
