import type { PresenceUser } from './PresenceUser'

/** One person present, however many tabs or devices they have open. */
export interface Presence extends PresenceUser {
  /** Ids of the agenda items this person's tabs are in. */
  itemIds: string[]
  self: boolean
}

interface AwarenessState {
  user?: Partial<PresenceUser>
  item?: string | null
}

/** Awareness states (by client id) merged per user id, sorted by name; states without a user are skipped. */
export function presenceByUser(
  states: Map<number, Record<string, unknown>>,
  selfClientId: number,
): Presence[] {
  const byUser = new Map<string, Presence>()
  for (const [clientId, state] of states) {
    const { user, item } = state as AwarenessState
    if (!user?.id || !user.name) continue
    const entry = byUser.get(user.id) ?? {
      id: user.id,
      name: user.name,
      color: user.color ?? '',
      itemIds: [],
      self: false,
    }
    if (item && !entry.itemIds.includes(item)) entry.itemIds.push(item)
    if (clientId === selfClientId) entry.self = true
    byUser.set(user.id, entry)
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'))
}
