/** A problem with the input or the vocabulary that a user can fix; its message is one English sentence. */
export class ImportError extends Error {
  override name = 'ImportError'
}
