import type { MinutesConfig } from '../../config'

/** A section kind's place in the configured order; unknown kinds come last. */
export function sectionRank(config: MinutesConfig, kind: string): number {
  const index = config.sectionKinds.findIndex((k) => k.kind === kind)
  return index === -1 ? config.sectionKinds.length : index
}
