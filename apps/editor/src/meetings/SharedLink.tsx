import { useId, useRef, useState } from 'react'
import { t } from '../i18n/strings'
import { copyText } from './copyText'

const s = t.meetings.share

/** One personal link: the address to hand over, a copy button and an "Åbn" link. */
export function SharedLink({ label, url }: { label: string; url: string }) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  return (
    <li className="shared-link">
      <label htmlFor={id}>{label}</label>
      <div className="shared-link-row">
        <input
          id={id}
          ref={input}
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={() => void copyText(url, input.current).then(setCopied)}>
          {s.copy}
        </button>
        <a href={url} target="_blank" rel="noreferrer" aria-label={`${s.open}: ${label}`}>
          {s.open}
        </a>
      </div>
      <p role="status" className="copy-status">
        {copied === null ? '' : copied ? s.copied : s.copyFailed}
      </p>
    </li>
  )
}
