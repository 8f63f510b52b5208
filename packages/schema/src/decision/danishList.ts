/** `['A', 'B', 'C']` → `A, B og C`. */
export function danishList(names: readonly string[]): string {
  const clean = names.map((n) => n.trim()).filter(Boolean)
  if (clean.length <= 1) return clean[0] ?? ''
  return `${clean.slice(0, -1).join(', ')} og ${clean[clean.length - 1]}`
}
