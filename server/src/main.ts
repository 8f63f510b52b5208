import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadOrCreateKeys } from './config/loadOrCreateKeys'
import { readCliOptions } from './config/readCliOptions'
import { startMessage } from './config/startMessage'
import { createServer } from './createServer'
import { SqliteMeetingStore } from './store/SqliteMeetingStore'

const cli = readCliOptions(
  process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--')),
  process.env,
)
mkdirSync(cli.dataDir, { recursive: true })
const keys = loadOrCreateKeys(cli.dataDir)
const store = new SqliteMeetingStore({ file: join(cli.dataDir, 'referat.sqlite') })
const staticDir = cli.staticDir ?? resolve(fileURLToPath(import.meta.url), '../../../apps/editor/dist')
const server = createServer({
  store,
  secret: cli.secret ?? keys.secret,
  adminKey: cli.adminKey ?? keys.adminKey,
  host: cli.host,
  port: cli.port,
  limits: cli.limits,
  logLevel: cli.logLevel,
  staticDir,
})
const url = await server.listen()
console.log(
  startMessage({
    url,
    dataDir: resolve(cli.dataDir),
    adminKey: keys.adminKey,
    adminKeyGiven: Boolean(cli.adminKey),
    keysCreated: keys.created,
    appBuilt: existsSync(join(staticDir, 'index.html')),
  }),
)

let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    server
      .close()
      .then(() => store.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      )
  })
}
