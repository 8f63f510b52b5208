/** The close ws itself sends for a frame it cannot accept, by the `code` of the error it emits. */
const BY_ERROR_CODE: Record<string, { code: number; reason: string }> = {
  WS_ERR_UNSUPPORTED_MESSAGE_LENGTH: { code: 1009, reason: 'frameTooLarge' },
  WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH: { code: 1009, reason: 'frameTooLarge' },
  WS_ERR_TOO_MANY_BUFFERED_PARTS: { code: 1008, reason: 'tooManyFragments' },
  WS_ERR_INVALID_UTF8: { code: 1007, reason: 'invalidUtf8' },
}

/** Null for errors after which ws does not close the socket (for example a failed write). */
export function protocolErrorClose(
  error: Error & { code?: string },
): { code: number; reason: string } | null {
  if (!error.code?.startsWith('WS_ERR_')) return null
  return BY_ERROR_CODE[error.code] ?? { code: 1002, reason: 'protocolError' }
}
