/**
 * The body of `word/document.xml`, one paragraph or table per line, with the bookmark ids (a counter
 * the docx library keeps per process) renumbered from 1 in order, so snapshots do not depend on
 * which test ran first; hyperlinks' random relationship ids become `rIdLink`.
 */
export function documentXml(xml: string): string {
  const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:body>') + '</w:body>'.length)
  const ids = new Map<string, number>()
  const idOf = (id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1)
    return ids.get(id)
  }
  return body
    .replace(/_Toc(\d+)/g, (_m, id: string) => `_Toc${idOf(id)}`)
    .replace(
      /(<w:bookmark(?:Start|End)[^>]*w:id=")(\d+)"/g,
      (_m, head: string, id: string) => `${head}${idOf(id)}"`,
    )
    .replace(/r:id="rId[a-z0-9_-]{12,}"/g, 'r:id="rIdLink"')
    .replace(/<(w:p|w:tbl|w:sdt|w:sectPr)>/g, '\n<$1>')
}
