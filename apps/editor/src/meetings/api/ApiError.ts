/** A failed call to the server's HTTP API: its status (0 when the server was not reached) and English message. */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}
