export const EXPORT_USAGE =
  'Usage: referat export <doc.json|agenda.txt|agenda.docx> --format docx|pdf --version full|public --out <file>'

/** A mistake in how the command was called (exit code 2). */
export class ExportUsageError extends Error {
  override name = 'ExportUsageError'
}
