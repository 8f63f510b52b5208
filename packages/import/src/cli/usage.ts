export const USAGE =
  'Usage: referat import <file> [--summary] [--out <doc.json>] [--vocabulary <vocab.json>] [--max-bytes <n>]'

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError'
}
