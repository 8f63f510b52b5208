import { ImportError, importBytes } from '@referat/import'
import type { Approval } from '@referat/schema'
import type { JSONContent } from '@tiptap/core'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { signToken } from '../auth/signToken'
import { summarizeDocument } from '../document/summarizeDocument'
import { approvalsOf, metaOf } from '../document/serverOwned'
import type { MeetingMetadata } from '../store/MeetingStore'
import { isAdmin, requireAdmin, requireChair, requireToken } from './authorize'
import { createMeeting } from './createMeeting'
import { HttpError } from './HttpError'
import { itemParams, meetingMetadataSchema, meetingParams, revokeSchema, tokenRequestSchema } from './schemas'
import type { ServerContext } from './ServerContext'

async function readUpload(req: FastifyRequest): Promise<{ meta: MeetingMetadata; json?: JSONContent }> {
  const fields: Record<string, string> = {}
  let json: JSONContent | undefined
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      try {
        json = await importBytes(new Uint8Array(await part.toBuffer()), part.filename)
      } catch (error) {
        if (error instanceof ImportError) throw new HttpError(400, `Import failed: ${error.message}`)
        throw error
      }
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value
  }
  const header = json?.content?.find((n) => n.type === 'meetingHeader')?.attrs ?? {}
  const parsed = meetingMetadataSchema.safeParse({ ...header, ...fields })
  if (!parsed.success) throw new HttpError(400, parsed.error.message)
  return { meta: parsed.data, json }
}

export async function meetingRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.post('/api/meetings', async (req, reply) => {
    requireAdmin(ctx, req)
    let meta: MeetingMetadata
    let json: JSONContent | undefined
    if (req.isMultipart()) ({ meta, json } = await readUpload(req))
    else {
      const parsed = meetingMetadataSchema.safeParse(req.body ?? {})
      if (!parsed.success) throw new HttpError(400, parsed.error.message)
      meta = parsed.data
    }
    return reply.code(201).send(await createMeeting(ctx, meta, json))
  })

  api.get('/api/meetings', async (req) => {
    requireAdmin(ctx, req)
    return { meetings: ctx.store.listMeetings() }
  })

  api.get('/api/meetings/:id', { schema: { params: meetingParams } }, async (req) => {
    const { id } = req.params
    if (!isAdmin(ctx, req)) await requireToken(ctx, req, id)
    const record = ctx.store.getMeeting(id)
    if (!record) throw new HttpError(404, `No meeting ${id}.`)
    const summary = ctx.registry.with(id, (m) => summarizeDocument(m.doc))
    return { ...record, edited: ctx.store.isEdited(id), ...summary }
  })

  api.post(
    '/api/meetings/:id/tokens',
    { schema: { params: meetingParams, body: tokenRequestSchema } },
    async (req) => {
      requireAdmin(ctx, req)
      const { id } = req.params
      if (!ctx.store.getMeeting(id)) throw new HttpError(404, `No meeting ${id}.`)
      const { ttlSeconds = ctx.tokenTtlSeconds, ...user } = req.body
      return { token: await signToken(ctx.secret, { ...user, meetingId: id, ttlSeconds }) }
    },
  )

  api.post(
    '/api/meetings/:id/revoke',
    { schema: { params: meetingParams, body: revokeSchema } },
    async (req) => {
      requireAdmin(ctx, req)
      const { id } = req.params
      if (!ctx.store.getMeeting(id)) throw new HttpError(404, `No meeting ${id}.`)
      ctx.store.revokeUser(id, req.body.userId, Date.now())
      return { userId: req.body.userId, disconnected: ctx.disconnectUser(id, req.body.userId) }
    },
  )

  api.post('/api/meetings/:id/items/:itemId/approve', { schema: { params: itemParams } }, async (req) => {
    const { id, itemId } = req.params
    const chair = await requireChair(ctx, req, id)
    return ctx.registry.with(id, (meeting) => {
      if (meeting.finalized) throw new HttpError(409, 'The minutes are finalized.')
      const item = summarizeDocument(meeting.doc).items.find((i) => i.id === itemId)
      if (!item) throw new HttpError(404, `No agenda item ${itemId}.`)
      const approval: Approval = {
        by: chair.userId,
        name: chair.name,
        at: new Date().toISOString(),
        fingerprint: item.decisionFingerprint,
      }
      const result = meeting.applyServerChange((doc) => approvalsOf(doc).set(itemId, approval))
      if (!result.ok) throw new HttpError(503, 'The approval could not be stored.')
      return { itemId, ...approval }
    })
  })

  for (const action of ['finalize', 'reopen'] as const) {
    api.post(`/api/meetings/:id/${action}`, { schema: { params: meetingParams } }, async (req) => {
      const { id } = req.params
      const chair = await requireChair(ctx, req, id)
      const finalized = action === 'finalize'
      return ctx.registry.with(id, (meeting) => {
        if (meeting.finalized === finalized) throw new HttpError(409, `The minutes are already ${action}d.`)
        const event = { action, by: chair.userId, name: chair.name, at: new Date().toISOString() }
        const result = meeting.applyServerChange((doc) => {
          const meta = metaOf(doc)
          meta.set('finalized', finalized)
          meta.set('history', [...((meta.get('history') as unknown[]) ?? []), event])
        })
        if (!result.ok) throw new HttpError(503, 'The change could not be stored.')
        ctx.store.setStatus(id, finalized ? 'finalized' : 'open')
        return event
      })
    })
  }
}
