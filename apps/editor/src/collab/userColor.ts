/**
 * Dark enough for white caret labels (contrast ≥ 4.5:1 against #fff) and distinct from each other;
 * a user keeps one colour in every tab and on every client.
 */
export const USER_COLORS = [
  '#b3261e',
  '#0b5394',
  '#1e6b2e',
  '#7b1fa2',
  '#a04000',
  '#00695c',
  '#ad1457',
  '#283593',
  '#5d4037',
  '#37474f',
  '#6a1b9a',
  '#33691e',
] as const

/** The colour of a user, derived from the user id (FNV-1a hash), so the same on every client. */
export function userColor(userId: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < userId.length; i++) hash = Math.imul(hash ^ userId.charCodeAt(i), 0x01000193)
  return USER_COLORS[(hash >>> 0) % USER_COLORS.length]!
}
