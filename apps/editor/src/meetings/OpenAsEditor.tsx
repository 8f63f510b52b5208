import { t } from '../i18n/strings'
import type { AdminApi } from './api/createAdminApi'
import { FormError } from './FormError'
import { meetingLink } from './meetingLink'
import { useAction } from './useAction'

const s = t.meetings.detail

/** Lets the operator into the minutes as a minute-taker, with a token made on the spot. */
export function OpenAsEditor({ api, meetingId }: { api: AdminApi; meetingId: string }) {
  const { busy, error, run } = useAction()
  const open = () =>
    void run(async () => {
      const token = await api.mintToken(meetingId, {
        userId: 'operator',
        name: s.operatorName,
        role: 'editor',
      })
      window.location.assign(meetingLink(meetingId, token))
    })
  return (
    <div className="open-as-editor">
      <button type="button" onClick={open} disabled={busy}>
        {busy ? s.opening : s.openAsEditor}
      </button>
      <FormError text={error} />
    </div>
  )
}
