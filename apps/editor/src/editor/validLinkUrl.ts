const ALLOWED = ['https:', 'http:', 'mailto:']

/** The normalised address when `value` is a full http(s) or mailto URL, else null. */
export function validLinkUrl(value: string): string | null {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return null
  }
  if (!ALLOWED.includes(url.protocol)) return null
  if (url.protocol === 'mailto:' ? !url.pathname.includes('@') : !url.hostname.includes('.')) return null
  return url.href
}
