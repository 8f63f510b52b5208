import { ApiError } from './ApiError'
import type { CreatedMeeting, MeetingDetails, MeetingListing, NewMeeting, TokenRequest } from './meetingTypes'

export type AdminApi = ReturnType<typeof createAdminApi>

/**
 * The admin calls of the meetings screens, authorized with the operator's key. `onRejected` runs when the
 * server refuses the key (401), so the app can ask for it again.
 */
export function createAdminApi(adminKey: string, onRejected: () => void) {
  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const headers = new Headers(init.headers)
    headers.set('authorization', `Bearer ${adminKey}`)
    if (typeof init.body === 'string') headers.set('content-type', 'application/json')
    let res: Response
    try {
      res = await fetch(path, { ...init, headers })
    } catch (error) {
      console.warn(`Referat API ${path}: ${(error as Error).message}`)
      throw new ApiError(0, (error as Error).message)
    }
    const body = (await res.json().catch(() => ({}))) as { error?: string }
    if (res.status === 401) onRejected()
    if (!res.ok) {
      console.warn(`Referat API ${path}: ${res.status} ${body.error ?? ''}`)
      throw new ApiError(res.status, body.error ?? res.statusText)
    }
    return body as T
  }
  const meeting = (id: string) => `/api/meetings/${encodeURIComponent(id)}`

  return {
    listMeetings: () => call<{ meetings: MeetingListing[] }>('/api/meetings').then((r) => r.meetings),
    getMeeting: (id: string) => call<MeetingDetails>(meeting(id)),
    createMeeting: (fields: NewMeeting) =>
      call<CreatedMeeting>('/api/meetings', { method: 'POST', body: JSON.stringify(fields) }),
    importAgenda: (file: File, title: string) => {
      const form = new FormData()
      // Fields override what the file says, so an empty one must not be sent.
      if (title.trim()) form.set('title', title.trim())
      form.set('file', file, file.name)
      return call<CreatedMeeting>('/api/meetings', { method: 'POST', body: form })
    },
    revokeUser: (id: string, userId: string) =>
      call<{ disconnected: number }>(`${meeting(id)}/revoke`, {
        method: 'POST',
        body: JSON.stringify({ userId }),
      }).then(() => undefined),
    mintToken: (id: string, request: TokenRequest) =>
      call<{ token: string }>(`${meeting(id)}/tokens`, {
        method: 'POST',
        body: JSON.stringify(request),
      }).then((r) => r.token),
  }
}
