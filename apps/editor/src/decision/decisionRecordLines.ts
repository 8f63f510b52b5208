import { decisionStatusLabels, protocolLines, type DecisionStatus } from '@referat/schema'
import type { Node as PMNode } from '@tiptap/pm/model'
import { t } from '../i18n/strings'

/** A decision's status, votes, absences and dissent as lines of text, as the minutes print them. */
export function decisionRecordLines(section: PMNode): string[] {
  const status = String(section.attrs.status ?? '')
  const label =
    status === 'andet'
      ? String(section.attrs.statusText ?? '')
      : decisionStatusLabels[status as DecisionStatus]
  // protocolLines prints the status only in place of an empty text; the reader should see it either way.
  const statusLine = label && section.textContent.trim() ? [`${t.decision.statusLine}: ${label}`] : []
  return [...statusLine, ...protocolLines(section)]
}
