/** A stored document that cannot be read back as it was written. Never replaced by an empty one. */
export class CorruptDocumentError extends Error {
  override name = 'CorruptDocumentError'
}
