const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const longFormat = new Intl.DateTimeFormat('da-DK', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** `2024-09-20` → `Fredag den 20. september 2024`; anything else is returned as it is. */
export function longDanishDate(iso: string): string {
  if (!ISO_DATE.test(iso)) return iso
  const text = longFormat.format(new Date(`${iso}T00:00:00Z`))
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** `2024-09-20` → `20-09-2024`, as KL's running header writes it. */
export function shortDanishDate(iso: string): string {
  const match = ISO_DATE.exec(iso)
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso
}
