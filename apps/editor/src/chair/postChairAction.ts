/** POSTs a chair action (`items/<id>/approve`, `finalize`, `reopen`) with the chair's token; throws on failure. */
export async function postChairAction(meetingId: string, token: string, action: string): Promise<void> {
  const res = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}/${action}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  })
  if (!res.ok) throw new Error(`${action}: ${res.status} ${await res.text()}`)
}
