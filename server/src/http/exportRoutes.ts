import { EXPORT_VERSIONS, exportDocx, exportPdf } from '@referat/export'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { documentJSON } from '../document/documentJSON'
import { isAdmin, requireToken } from './authorize'
import { bearer } from './bearer'
import { exportFileName } from './exportFileName'
import { HttpError } from './HttpError'
import { meetingParams } from './schemas'
import type { ServerContext } from './ServerContext'

const FORMATS = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    write: exportDocx,
  },
  pdf: { contentType: 'application/pdf', write: exportPdf },
} as const

const exportQuery = z.object({
  format: z.enum(['docx', 'pdf']),
  version: z.enum(EXPORT_VERSIONS).default('full'),
  /** A download link cannot send a header, so the token may come in the query as in the app's links. */
  token: z.string().max(4096).optional(),
})

/** `GET /api/meetings/:id/export?format=docx|pdf&version=full|public`, for anyone who may read the meeting. */
export async function exportRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>()
  api.get(
    '/api/meetings/:id/export',
    { schema: { params: meetingParams, querystring: exportQuery } },
    async (req, reply) => {
      const { id } = req.params
      if (!isAdmin(ctx, req)) await requireToken(ctx, req, id, bearer(req) ?? req.query.token)
      const record = ctx.store.getMeeting(id)
      if (!record) throw new HttpError(404, `No meeting ${id}.`)
      const json = ctx.registry.with(id, (meeting) => {
        const { json, copy } = documentJSON(meeting.doc)
        copy.destroy()
        return json
      })
      const { format, version } = req.query
      const file = await FORMATS[format].write(json, { version })
      const name = exportFileName(record, format)
      return reply
        .header('content-type', FORMATS[format].contentType)
        .header('content-disposition', name)
        .send(file)
    },
  )
}
