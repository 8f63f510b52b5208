/**
 * Copies `text` to the clipboard. The Clipboard API exists only on https and localhost, so on a plain-http
 * address the given input's selection is copied instead. Resolves to whether it worked.
 */
export async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Denied permission: try the selection below.
  }
  if (!input) return false
  input.select()
  return document.execCommand('copy')
}
