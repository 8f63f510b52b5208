import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { connectYWebsocket } from './connectYWebsocket'
import type { RunningServer, ServerAdapter } from './ServerAdapter'
import { spawnLauncher } from './spawnLauncher'

const LAUNCHER = fileURLToPath(new URL('./launchYWebsocket.ts', import.meta.url))

/** The plain y-websocket server: a meeting is a room name; it exists once a client opens it. */
export const yWebsocket: ServerAdapter = {
  name: 'y-websocket',
  persistent: false,
  async start(): Promise<RunningServer> {
    const child = await spawnLauncher(LAUNCHER, [])
    return {
      pid: child.pid,
      port: child.port,
      createMeeting: async () => ({ name: randomUUID() }),
      connect: (meeting) => connectYWebsocket(`ws://127.0.0.1:${child.port}`, meeting.name, {}),
      loadedMeetings: () => child.call<number>('loaded'),
      gc: () => child.call('gc'),
      heapBytes: () => child.call<NodeJS.MemoryUsage>('memory').then((m) => m.heapUsed + m.external),
      stop: child.stop,
      kill: child.kill,
    }
  },
}
