/** An ISO date (yyyy-mm-dd) as Danish text ("20. september 2024"); any other text as it is. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return date
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}
