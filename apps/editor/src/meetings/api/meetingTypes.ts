import type { Role } from '../../route/Role'

/** The shapes of `server/src/http/meetingRoutes.ts` answers, repeated so the app bundles no server code. */
export interface MeetingListing {
  id: string
  title: string
  body: string
  date: string
  place: string
  status: 'open' | 'finalized'
  createdAt: string
  edited: boolean
}

export interface MeetingDetails extends MeetingListing {
  finalized: boolean
  attendance: { present: number; absent: number; substitutes: number }
  items: { id: string; title: string; decisionStatus: string; approved: boolean }[]
}

export interface CreatedMeeting {
  id: string
}

export interface NewMeeting {
  title: string
  body: string
  date: string
  place: string
}

export interface TokenRequest {
  userId: string
  name: string
  role: Role
  ttlSeconds?: number
}
