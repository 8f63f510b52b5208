const pad = (n: number) => String(n).padStart(2, '0')

function valid(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return
  return `${year}-${pad(month)}-${pad(day)}`
}

/** Finds a Danish date ("4. december 2012", "04.12.2012", "10-04-2013") in a line and returns it ISO. */
export function isoDate(text: string, monthNames: string[]): string | undefined {
  const numeric = /(?:^|\D)(\d{1,2})[.-](\d{1,2})[.-](\d{4})(?!\d)/.exec(text)
  if (numeric) return valid(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]))
  const words = /(?:^|\D)(\d{1,2})\.\s?(\p{L}{3,12})\s(\d{4})(?!\d)/u.exec(text)
  if (!words) return undefined
  const month = monthNames.findIndex(
    (m) => m.toLocaleLowerCase('da') === (words[2] as string).toLocaleLowerCase('da'),
  )
  return month < 0 ? undefined : valid(Number(words[3]), month + 1, Number(words[1]))
}
