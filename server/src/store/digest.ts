import { createHash } from 'node:crypto'

/** Checksum stored next to every document row, so a damaged row is refused instead of misread. */
export const digest = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest().subarray(0, 16)
