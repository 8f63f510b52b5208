import { join } from 'node:path'
import { SQLite } from '@hocuspocus/extension-sqlite'
import { Server } from '@hocuspocus/server'
import { serveHooks } from './serveHooks'

/*
 * Hocuspocus 3.4.4 (4.x needs Node 22) with its SQLite extension and its default store debounce
 * (2 s after the last change, at most 10 s): `launchHocuspocus.ts <dataDir>`.
 */
const [dataDir = '.'] = process.argv.slice(2)
const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: join(dataDir, 'hocuspocus.sqlite') })],
})
await server.listen()
serveHooks(server.address.port, { loaded: () => server.hocuspocus.getDocumentsCount() })
