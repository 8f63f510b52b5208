import { fileURLToPath } from 'node:url'
import { connectYWebsocket } from './connectYWebsocket'
import { BENCH_ADMIN_KEY } from './benchKeys'
import type { RunningServer, ServerAdapter } from './ServerAdapter'
import { spawnLauncher } from './spawnLauncher'

const LAUNCHER = fileURLToPath(new URL('./launchReferat.ts', import.meta.url))

function referatAdapter(memory: boolean): ServerAdapter {
  return {
    name: memory ? 'referat-memory' : 'referat',
    persistent: !memory,
    start: (dataDir) => start(dataDir, memory),
  }
}

/** Our server: meetings are created through the admin API, clients connect with the editor token it mints. */
export const referat = referatAdapter(false)
/** Our server with its store in memory: what durability costs, for reference. */
export const referatMemory = referatAdapter(true)

async function start(dataDir: string, memory: boolean): Promise<RunningServer> {
  const child = await spawnLauncher(LAUNCHER, memory ? [dataDir, 'memory'] : [dataDir])
  const http = `http://127.0.0.1:${child.port}`
  return {
    pid: child.pid,
    port: child.port,
    async createMeeting() {
      const res = await fetch(`${http}/api/meetings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${BENCH_ADMIN_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Bench', body: 'KKR Nordjylland' }),
      })
      if (res.status !== 201) throw new Error(`createMeeting: ${res.status} ${await res.text()}`)
      const { id, tokens } = (await res.json()) as { id: string; tokens: { editor: string } }
      return { name: id, token: tokens.editor }
    },
    connect: (meeting) =>
      connectYWebsocket(`ws://127.0.0.1:${child.port}/collab`, meeting.name, { token: meeting.token ?? '' }),
    loadedMeetings: () => child.call<number>('loaded'),
    gc: () => child.call('gc'),
    heapBytes: () => child.call<NodeJS.MemoryUsage>('memory').then((m) => m.heapUsed + m.external),
    stop: child.stop,
    kill: child.kill,
  }
}
