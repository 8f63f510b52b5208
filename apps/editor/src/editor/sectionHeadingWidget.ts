/** A section's heading ("Beslutning"), from its `heading` attribute or the configured label. */
export function sectionHeadingWidget(label: string): HTMLElement {
  const heading = document.createElement('h3')
  heading.className = 'section-heading'
  heading.contentEditable = 'false'
  heading.textContent = label
  return heading
}
