import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { docs, setupWSConnection } from '@y/websocket-server/utils'
import { WebSocketServer } from './wsModule'
import { serveHooks } from './serveHooks'

/* The plain y-websocket server as its own `server.js` sets it up: in memory (no YPERSISTENCE), no auth. */
const wss = new WebSocketServer({ noServer: true })
const server = http.createServer((_req, res) => res.end('okay'))
wss.on('connection', setupWSConnection)
server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
process.on('SIGTERM', () => process.exit(0))
serveHooks((server.address() as AddressInfo).port, { loaded: () => docs.size })
