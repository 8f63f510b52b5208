export { buildMinutes, type BuildOptions } from './buildMinutes'
export { ImportError } from './ImportError'
export {
  importBytes,
  importDocx,
  importText,
  DEFAULT_MAX_INPUT_BYTES,
  type ImportOptions,
} from './importMinutes'
export { summarize, type GroupSummary, type ItemSummary, type MinutesSummary } from './summary/summarize'
export { compileVocabulary, type CompiledVocabulary } from './vocabulary/compileVocabulary'
export { defaultVocabulary } from './vocabulary/defaultVocabulary'
export type { DecisionStatusRule, ImportVocabulary, PatternSource } from './vocabulary/ImportVocabulary'
export { mergeVocabulary } from './vocabulary/mergeVocabulary'
export type { LineHint, SourceBlock, SourceDocument } from './source/SourceDocument'
export { textToSource } from './source/textToSource'
export { docxToSource } from './source/docxToSource'
export { runCli, type CliIo } from './cli/runCli'
export { USAGE as IMPORT_USAGE } from './cli/usage'
