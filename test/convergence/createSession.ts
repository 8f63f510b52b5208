import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { createClient, type Client } from './createClient'
import { seedDocument } from './seedDocument'
import { SimulatedNetwork } from './SimulatedNetwork'

export interface Session {
  clients: Client[]
  /** Delivers every update in flight, and those delivering causes. */
  sync: () => void
  /** Every client makes a normalizer pass at once; then all is exchanged until nothing changes. */
  settle: () => void
  destroy: () => void
}

/** Clients that start from one seeded meeting and exchange updates only when told to. */
export function createSession(minute: JSONContent, count: number): Session {
  const seed = seedDocument(minute)
  const state = Y.encodeStateAsUpdate(seed)
  seed.destroy()
  const clients = Array.from({ length: count }, (_, i) => createClient(i, state))
  const network = new SimulatedNetwork(clients)
  const vectors = () => clients.map((client) => Y.encodeStateVector(client.doc).toString()).join()
  return {
    clients,
    sync: () => network.flush(),
    settle: () => {
      network.flush()
      for (let pass = 0; pass < 4; pass++) {
        const before = vectors()
        for (const client of clients) client.editor.commands.normalizeMinutes()
        network.flush()
        if (vectors() === before) return
      }
      throw new Error('the normalizer does not settle')
    },
    destroy: () => clients.forEach((client) => client.destroy()),
  }
}
