import type { FastifyRequest } from 'fastify'

export const bearer = (req: FastifyRequest): string | undefined =>
  /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
