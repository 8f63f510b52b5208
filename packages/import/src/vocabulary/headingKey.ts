/** The lookup form of a heading: lower case, single spaces, no trailing colon. */
export function headingKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/\s?:$/, '').toLocaleLowerCase('da')
}
