import { z } from 'zod'
import { ROLES } from '../auth/TokenClaims'

export const meetingMetadataSchema = z.object({
  title: z.string().max(500).default('Referat'),
  body: z.string().max(500).default(''),
  date: z.string().max(100).default(''),
  place: z.string().max(500).default(''),
})

export const meetingParams = z.object({ id: z.string().min(1).max(100) })
export const itemParams = meetingParams.extend({ itemId: z.string().min(1).max(100) })

export const revokeSchema = z.object({ userId: z.string().min(1).max(200) })

export const tokenRequestSchema = z.object({
  userId: z.string().min(1).max(200),
  name: z.string().max(200).default(''),
  role: z.enum(ROLES),
  ttlSeconds: z
    .number()
    .int()
    .positive()
    .max(60 * 60 * 24 * 30)
    .optional(),
})
