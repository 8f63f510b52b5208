import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { presenceByUser, type Presence } from './presenceByUser'

/** Everyone present, one entry per user; re-read on awareness `change` (not on every heartbeat `update`). */
export function usePresence(awareness: Awareness | undefined): Presence[] {
  const [presence, setPresence] = useState<Presence[]>([])
  useEffect(() => {
    if (!awareness) return
    const read = () => setPresence(presenceByUser(awareness.getStates(), awareness.clientID))
    read()
    awareness.on('change', read)
    return () => awareness.off('change', read)
  }, [awareness])
  return presence
}
