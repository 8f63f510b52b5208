import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'
import type { BenchClient, RunningServer, ServerAdapter } from './ServerAdapter'
import { spawnLauncher } from './spawnLauncher'
import { NodeWebSocket } from './wsModule'

const LAUNCHER = fileURLToPath(new URL('./launchHocuspocus.ts', import.meta.url))

function connectHocuspocus(url: string, name: string): BenchClient {
  const doc = new Y.Doc()
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: NodeWebSocket })
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc })
  provider.attach()
  const synced = new Promise<void>((resolve) => {
    if (provider.isSynced) resolve()
    else provider.on('synced', () => resolve())
  })
  return {
    doc,
    synced,
    destroy() {
      provider.destroy()
      socket.destroy()
      doc.destroy()
    },
  }
}

/** Hocuspocus with its SQLite extension; clients use its own provider (its protocol differs from y-websocket's). */
export const hocuspocus: ServerAdapter = {
  name: 'hocuspocus',
  persistent: true,
  async start(dataDir): Promise<RunningServer> {
    const child = await spawnLauncher(LAUNCHER, [dataDir])
    return {
      pid: child.pid,
      port: child.port,
      createMeeting: async () => ({ name: randomUUID() }),
      connect: (meeting) => connectHocuspocus(`ws://127.0.0.1:${child.port}`, meeting.name),
      loadedMeetings: () => child.call<number>('loaded'),
      gc: () => child.call('gc'),
      heapBytes: () => child.call<NodeJS.MemoryUsage>('memory').then((m) => m.heapUsed + m.external),
      stop: child.stop,
      kill: child.kill,
    }
  },
}
