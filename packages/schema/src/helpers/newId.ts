/** A stable, random id for a structural node (agenda item, group, section). */
export function newId(): string {
  return globalThis.crypto.randomUUID()
}
