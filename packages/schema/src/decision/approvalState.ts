/** What the server stores in the `approvals` map, keyed by item id, when the chair approves a decision. */
export interface Approval {
  by: string
  name: string
  at: string
  /** `decisionFingerprint` of the item when it was approved. */
  fingerprint?: string
}

export type ApprovalState = 'none' | 'approved' | 'void'

/** An approval is void once the decision's fingerprint differs from the approved one. */
export function approvalState(approval: unknown, fingerprint: string): ApprovalState {
  if (!approval || typeof approval !== 'object') return 'none'
  const approved = (approval as Approval).fingerprint
  // Approvals stored before fingerprints existed carry none: they stay valid.
  return approved === undefined || approved === fingerprint ? 'approved' : 'void'
}
