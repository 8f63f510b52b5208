import { strFromU8, unzipSync } from 'fflate'

/** Every part of a .docx (a zip) as text, by path: `word/document.xml`, `docProps/core.xml`, … */
export function unzipDocx(data: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {}
  for (const [name, bytes] of Object.entries(unzipSync(data))) parts[name] = strFromU8(bytes)
  return parts
}
