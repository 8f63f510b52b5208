import { join } from 'node:path'
import { createServer, SqliteMeetingStore } from '@referat/server'
import { BENCH_ADMIN_KEY, BENCH_SECRET } from './benchKeys'
import { serveHooks } from './serveHooks'

/*
 * Our server as `server/src/main.ts` runs it (SQLite file, synchronous=FULL, every update appended before
 * it is broadcast), configured like the CLI would: `launchReferat.ts <dataDir> [memory]`. `memory` keeps the
 * store in an in-memory SQLite database: the same code without the disk, for reference. The per-address and
 * per-meeting connection caps are raised because every benchmark client comes from 127.0.0.1.
 */
const [dataDir = '.', mode = 'durable'] = process.argv.slice(2)
const store = new SqliteMeetingStore({
  file: mode === 'memory' ? ':memory:' : join(dataDir, 'referat.sqlite'),
})
const server = createServer({
  store,
  secret: BENCH_SECRET,
  adminKey: BENCH_ADMIN_KEY,
  port: 0,
  logLevel: 'warn',
  limits: { maxConnectionsPerIp: 1_000_000, maxConnectionsPerMeeting: 10_000 },
})
const url = await server.listen()
process.on('SIGTERM', () => {
  server
    .close()
    .then(() => store.close())
    .finally(() => process.exit(0))
})
serveHooks(Number(new URL(url).port), { loaded: () => server.context.registry.size })
