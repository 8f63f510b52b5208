/** An `orderedList`'s `start` attribute as a number to count from: 1 when missing or nonsense. */
export function orderedListStart(value: unknown): number {
  const start = Number(value)
  return Number.isInteger(start) && start >= 0 ? start : 1
}
