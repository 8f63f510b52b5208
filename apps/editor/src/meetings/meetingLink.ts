/** The address of a meeting's editor page for a token (the `/m/:id?token=` route). */
export function meetingLink(meetingId: string, token: string): string {
  return `${window.location.origin}/m/${encodeURIComponent(meetingId)}?${new URLSearchParams({ token })}`
}
