/** The recorded status, votes, absences and dissent under a decision's text, as the minutes will print them. */
export function decisionRecordWidget(lines: string[]): HTMLElement {
  const record = document.createElement('div')
  record.className = 'decision-record'
  record.contentEditable = 'false'
  for (const line of lines) {
    const p = document.createElement('p')
    p.textContent = line
    record.append(p)
  }
  return record
}
