import { useEffect, useState } from 'react'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { ConnectionState } from './ConnectionState'
import { trackConnectionState } from './trackConnectionState'

export interface Collaboration {
  doc: Y.Doc
  provider: WebsocketProvider
  state: ConnectionState
}

/** `ws(s)://<this host>/collab`, the server's sync endpoint. */
export const collabUrl = (location: Pick<Location, 'protocol' | 'host'>): string =>
  `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`

/** One Y.Doc and one y-websocket provider for the meeting, destroyed when it changes or unmounts. */
export function useCollaboration(meetingId: string, token: string): Collaboration | null {
  const [collab, setCollab] = useState<Omit<Collaboration, 'state'> | null>(null)
  const [state, setState] = useState<ConnectionState>('connecting')

  useEffect(() => {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(collabUrl(window.location), meetingId, doc, {
      params: { token, ack: '1' },
    })
    const stop = trackConnectionState(doc, provider, setState)
    setCollab({ doc, provider })
    return () => {
      stop()
      provider.destroy()
      doc.destroy()
    }
  }, [meetingId, token])

  return collab ? { ...collab, state } : null
}
