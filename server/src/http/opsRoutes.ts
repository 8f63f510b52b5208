import type { FastifyInstance } from 'fastify'
import type { ServerContext } from './ServerContext'

export async function opsRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  app.get('/healthz', async () => ({ ok: true, meetingsLoaded: ctx.registry.size }))
  app.get('/metrics', async (_req, reply) => {
    reply.type(ctx.metrics.registry.contentType)
    return ctx.metrics.registry.metrics()
  })
}
