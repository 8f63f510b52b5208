/** The element a random number picks, or undefined from an empty list. */
export function pick<T>(list: readonly T[], random: number): T | undefined {
  return list.length ? list[random % list.length] : undefined
}
