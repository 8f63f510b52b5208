import { useEffect, useState } from 'react'
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { ConnectionState } from './ConnectionState'
import { followNetwork } from './followNetwork'
import type { PresenceUser } from './PresenceUser'
import { trackConnectionState } from './trackConnectionState'
import { userColor } from './userColor'

export interface Collaboration {
  doc: Y.Doc
  provider: WebsocketProvider
  state: ConnectionState
  user: PresenceUser
  /** True once the local copy (IndexedDB) and the server have both synced into the doc. */
  isSynced: () => boolean
}

/** `ws(s)://<this host>/collab`, the server's sync endpoint. */
export const collabUrl = (location: Pick<Location, 'protocol' | 'host'>): string =>
  `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`

/** The IndexedDB database holding the offline copy of one meeting. */
export const localCopyName = (meetingId: string): string => `referat-${meetingId}`

/**
 * One Y.Doc for the meeting, kept in IndexedDB (so edits survive going offline and reloading) and
 * synced with the server by a y-websocket provider; destroyed when the meeting changes or unmounts.
 * The local copy is deleted once the server reports the minutes finalized: nothing can be added then.
 */
export function useCollaboration(
  meetingId: string,
  token: string,
  person: { id: string; name: string },
): Collaboration | null {
  const [collab, setCollab] = useState<Omit<Collaboration, 'state'> | null>(null)
  const [state, setState] = useState<ConnectionState>('connecting')

  useEffect(() => {
    const doc = new Y.Doc()
    const local = new IndexeddbPersistence(localCopyName(meetingId), doc)
    const provider = new WebsocketProvider(collabUrl(window.location), meetingId, doc, {
      params: { token, ack: '1' },
      connect: navigator.onLine,
    })
    const synced = { local: false, remote: false }
    void local.whenSynced.then(() => (synced.local = true))
    const onSync = (isSynced: boolean) => (synced.remote ||= isSynced)
    provider.on('sync', onSync)
    const meta = doc.getMap('meta')
    const clearWhenFinal = () => {
      if (synced.remote && meta.get('finalized') === true) void local.clearData()
    }
    meta.observe(clearWhenFinal)
    const id = person.id || person.name || `client-${doc.clientID}`
    const user: PresenceUser = { id, name: person.name || id, color: userColor(id) }
    provider.awareness.setLocalStateField('user', user)
    const stopTracking = trackConnectionState(doc, provider, setState)
    const stopFollowing = followNetwork(provider)
    setCollab({ doc, provider, user, isSynced: () => synced.local && synced.remote })
    return () => {
      stopFollowing()
      stopTracking()
      meta.unobserve(clearWhenFinal)
      provider.off('sync', onSync)
      provider.destroy()
      void local.destroy()
      doc.destroy()
    }
  }, [meetingId, token, person.id, person.name])

  return collab ? { ...collab, state } : null
}
