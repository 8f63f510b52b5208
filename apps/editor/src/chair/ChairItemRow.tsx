import { approvalState, type Approval } from '@referat/schema'
import { useId, useState } from 'react'
import { t } from '../i18n/strings'
import type { ChairItem } from './chairItems'

interface ChairItemRowProps {
  item: ChairItem
  approval: Approval | undefined
  finalized: boolean
  approve: (itemId: string) => Promise<void>
}

const s = t.chair
const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit' })

function Text({ lines }: { lines: string[] }) {
  return lines.length > 0 ? lines.map((line, i) => <p key={i}>{line}</p>) : <p className="empty">{s.empty}</p>
}

/** One item: Indstilling and Beslutning side by side, the approval state and the approve button. */
export function ChairItemRow({ item, approval, finalized, approve }: ChairItemRowProps) {
  const headingId = useId()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const state = approvalState(approval, item.fingerprint)
  const onApprove = async () => {
    setBusy(true)
    setFailed(false)
    try {
      await approve(item.id)
    } catch (error) {
      console.error(error)
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  return (
    <article className={`chair-item approval-${state}`} aria-labelledby={headingId} data-item-id={item.id}>
      <h3 id={headingId}>
        {item.number}. {item.title || t.outline.untitled}
      </h3>
      <div className="chair-columns">
        <section>
          <h4>{s.recommendation}</h4>
          <Text lines={item.recommendation} />
        </section>
        <section className="chair-decision">
          <h4>{s.decision}</h4>
          <Text lines={item.decision} />
          {item.record.length > 0 && (
            <div className="decision-record">
              <Text lines={item.record} />
            </div>
          )}
        </section>
      </div>
      <div className="chair-approval">
        {state === 'approved' && approval && (
          <p className="approval-state approved">{s.approvedBy(approval.name, time(approval.at))}</p>
        )}
        {state === 'void' && <p className="approval-state void">{s.void}</p>}
        {state !== 'approved' && !finalized && (
          <button type="button" disabled={busy || !item.written} onClick={onApprove}>
            {state === 'void' ? s.approveAgain : s.approve}
          </button>
        )}
        {!item.written && state === 'none' && <p className="hint">{s.nothingToApprove}</p>}
        <p role="alert" className="field-error">
          {failed && s.approveFailed}
        </p>
      </div>
    </article>
  )
}
