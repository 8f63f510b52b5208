import { t } from '../i18n/strings'

/** The line under an item's title: "SAG-2024-03326 hlth", and a mark when the item is closed. */
export function caseLineWidget(attrs: Record<string, unknown>): HTMLElement {
  const line = document.createElement('p')
  line.className = 'case-line'
  line.contentEditable = 'false'
  line.textContent = [attrs.caseNumber, attrs.caseOfficer].filter(Boolean).join(' ')
  if (attrs.closed) {
    const badge = document.createElement('span')
    badge.className = 'closed-badge'
    badge.textContent = t.item.closed
    line.append(badge)
  }
  return line
}
