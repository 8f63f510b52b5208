import type { JSONContent } from '@tiptap/core'
import { defaultMinutesConfig, getMinutesSchema, newId, type MinutesConfig } from '@referat/schema'
import type { SourceDocument } from './source/SourceDocument'
import { MinutesBuilder } from './structure/MinutesBuilder'
import { compileVocabulary, type CompiledVocabulary } from './vocabulary/compileVocabulary'
import { defaultVocabulary } from './vocabulary/defaultVocabulary'
import type { ImportVocabulary } from './vocabulary/ImportVocabulary'

export interface BuildOptions {
  /**
   * The words the importer recognises.
   * @default defaultVocabulary
   */
  vocabulary?: ImportVocabulary
  /**
   * Section kinds, which are required, and their labels.
   * @default defaultMinutesConfig
   */
  config?: MinutesConfig
  /**
   * Makes the ids of groups, items, sections and attendees.
   * @default newId (random UUIDs)
   */
  createId?: () => string
}

/** Builds the minutes document from the line/block model and checks it against the schema. */
export function buildMinutes(
  source: SourceDocument,
  options: BuildOptions = {},
  vocabulary: CompiledVocabulary = compileVocabulary(options.vocabulary ?? defaultVocabulary),
): JSONContent {
  const builder = new MinutesBuilder(
    source,
    vocabulary,
    options.config ?? defaultMinutesConfig,
    options.createId ?? newId,
  )
  const doc = builder.build()
  getMinutesSchema().nodeFromJSON(doc).check()
  return doc
}
