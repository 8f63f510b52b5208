import { useId, useRef, useState } from 'react'
import { t } from '../i18n/strings'
import { copyText } from './copyText'
import { FormError } from './FormError'
import { useAction } from './useAction'

const s = t.meetings.share

interface SharedLinkProps {
  label: string
  url: string
  /** Makes the server refuse this person's tokens and drop their connections. */
  revoke(): Promise<void>
}

/** One personal link: the address to hand over, copy, open, and revoke. */
export function SharedLink({ label, url, revoke }: SharedLinkProps) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  const [revoked, setRevoked] = useState(false)
  const { busy, error, run } = useAction()
  const onRevoke = () =>
    void run(async () => {
      await revoke()
      setRevoked(true)
    })
  let status = ''
  if (revoked) status = s.revoked
  else if (copied !== null) status = copied ? s.copied : s.copyFailed
  return (
    <li className="shared-link" data-revoked={revoked || undefined}>
      <label htmlFor={id}>{label}</label>
      <div className="shared-link-row">
        <input
          id={id}
          ref={input}
          type="text"
          readOnly
          value={url}
          disabled={revoked}
          onFocus={(e) => e.currentTarget.select()}
        />
        {!revoked && (
          <>
            <button type="button" onClick={() => void copyText(url, input.current).then(setCopied)}>
              {s.copy}
            </button>
            <a href={url} target="_blank" rel="noreferrer" aria-label={`${s.open}: ${label}`}>
              {s.open}
            </a>
            <button
              type="button"
              className="secondary"
              onClick={onRevoke}
              disabled={busy}
              aria-label={`${s.revoke}: ${label}`}
            >
              {busy ? s.revoking : s.revoke}
            </button>
          </>
        )}
      </div>
      <p role="status" className="copy-status">
        {status}
      </p>
      <FormError text={error} />
    </li>
  )
}
