/** A document that cannot be exported, with a sentence saying why (shown to users and in logs). */
export class ExportError extends Error {
  override name = 'ExportError'
}
