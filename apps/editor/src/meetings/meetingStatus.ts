import type { MeetingListing } from './api/meetingTypes'

export type MeetingStatus = 'draft' | 'inProgress' | 'approved'

/** kladde: nothing stored since it was created · i gang: edited, not finalized · godkendt: finalized. */
export function meetingStatus(meeting: Pick<MeetingListing, 'status' | 'edited'>): MeetingStatus {
  if (meeting.status === 'finalized') return 'approved'
  return meeting.edited ? 'inProgress' : 'draft'
}
