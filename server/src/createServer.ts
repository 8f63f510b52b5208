import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import multipart from '@fastify/multipart'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyError } from 'fastify'
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import { defaultLimits, type Limits, type ServerOptions } from './config/ServerOptions'
import { HttpError } from './http/HttpError'
import { exportRoutes } from './http/exportRoutes'
import { meetingRoutes } from './http/meetingRoutes'
import { opsRoutes } from './http/opsRoutes'
import type { ServerContext } from './http/ServerContext'
import { createMetrics } from './metrics/createMetrics'
import { CorruptDocumentError } from './store/CorruptDocumentError'
import { GroupCommit } from './sync/GroupCommit'
import { MeetingRegistry } from './sync/MeetingRegistry'
import { SyncServer } from './sync/SyncServer'

export interface ReferatServer {
  /** Starts listening; resolves to `http://host:port`. */
  listen(): Promise<string>
  /** Closes sockets with 1012, unloads every meeting, stops HTTP. Leaves the store open (the caller owns it). */
  close(): Promise<void>
  readonly url: string
  readonly limits: Limits
  readonly context: ServerContext
}

/** The sync server and HTTP API of Referat, configured entirely by `options` (no module state). */
export function createServer(options: ServerOptions): ReferatServer {
  if (Buffer.byteLength(options.secret) < 32) throw new Error('The token secret must be at least 32 bytes.')
  const limits = { ...defaultLimits, ...options.limits }
  const host = options.host ?? '127.0.0.1'
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    bodyLimit: 1024 * 1024,
    forceCloseConnections: true,
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  const metrics = createMetrics()
  let url = ''
  const registry = new MeetingRegistry(
    {
      store: options.store,
      commits: new GroupCommit(options.store, metrics, app.log),
      metrics,
      log: app.log,
      maxDocumentBytes: limits.maxDocumentBytes,
      compactAfterUpdates: options.compactAfterUpdates ?? 500,
    },
    options.unloadGraceMs ?? 5000,
  )
  const context: ServerContext = {
    store: options.store,
    registry,
    metrics,
    secret: new TextEncoder().encode(options.secret),
    adminKey: options.adminKey,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 12 * 60 * 60,
    disconnectUser: (meetingId, userId) => sync.disconnectUser(meetingId, userId),
    publicUrl: () => options.publicUrl ?? url,
  }
  const sync = new SyncServer(app.server, {
    secret: context.secret,
    limits,
    keepaliveMs: options.keepaliveMs ?? 30_000,
    store: options.store,
    registry,
    metrics,
    log: app.log,
  })

  app.setErrorHandler((error: FastifyError, req, reply) => {
    const status = error instanceof HttpError ? error.statusCode : (error.statusCode ?? 500)
    if (status >= 500) req.log.error({ err: error }, 'request failed')
    const message =
      error instanceof CorruptDocumentError
        ? `The meeting could not be loaded: ${error.message}`
        : error.message
    return reply.code(status).send({
      error: status >= 500 && !(error instanceof CorruptDocumentError) ? 'Internal error.' : message,
    })
  })
  app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 20 } })
  app.register(async (scope) => {
    await opsRoutes(scope, context)
    await meetingRoutes(scope, context)
    await exportRoutes(scope, context)
  })
  if (options.staticDir && existsSync(options.staticDir)) {
    app.register(fastifyStatic, { root: options.staticDir })
    app.setNotFoundHandler((req, reply) =>
      req.method === 'GET' && !req.url.startsWith('/api/')
        ? reply.sendFile('index.html')
        : reply.code(404).send({ error: `No route ${req.method} ${req.url}.` }),
    )
  }

  return {
    async listen() {
      await app.listen({ host, port: options.port ?? 1234 })
      const address = app.server.address() as AddressInfo
      url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`
      return url
    },
    async close() {
      await sync.close()
      registry.unloadAll()
      await app.close()
    },
    get url() {
      return url
    },
    limits,
    context,
  }
}
