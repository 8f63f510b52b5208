/** A new random user id for a personal link; `getRandomValues` also works on plain-http addresses, unlike `randomUUID`. */
export function freshUserId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return `u-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}
