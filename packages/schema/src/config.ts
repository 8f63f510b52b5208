/** One kind of section an agenda item can hold (Baggrund, Indstilling, …). */
export interface SectionKind {
  /** Stable key stored in the document, e.g. `beslutning`. */
  kind: string
  /** Heading shown in the editor and the exported minutes, e.g. `Beslutning`. */
  label: string
  /** Every agenda item holds exactly one section of a required kind. */
  required: boolean
  /** Unpublished kinds (live notes) never reach the exported minutes. */
  published: boolean
}

export interface MinutesConfig {
  /** Section kinds in the order they appear in an item. */
  sectionKinds: SectionKind[]
}

export const DECISION_SECTION_KIND = 'beslutning'
export const RECOMMENDATION_SECTION_KIND = 'indstilling'
export const NOTES_SECTION_KIND = 'noter'

export const DECISION_STATUSES = [
  'godkendt',
  'taget-til-efterretning',
  'tiltraadt',
  'udsat',
  'ikke-godkendt',
  'andet',
] as const

export type DecisionStatus = (typeof DECISION_STATUSES)[number]

export const decisionStatusLabels: Record<DecisionStatus, string> = {
  godkendt: 'Godkendt',
  'taget-til-efterretning': 'Taget til efterretning',
  tiltraadt: 'Tiltrådt',
  udsat: 'Udsat',
  'ikke-godkendt': 'Ikke godkendt',
  andet: 'Andet',
}

/** The KL/KKR default: the four sections of a KKR minute, extra kinds other municipalities use, and live notes. */
export const defaultMinutesConfig: MinutesConfig = {
  sectionKinds: [
    { kind: 'resume', label: 'Resumé', required: false, published: true },
    { kind: 'sammendrag', label: 'Sammendrag', required: false, published: true },
    { kind: 'baggrund', label: 'Baggrund', required: true, published: true },
    { kind: 'indstilling', label: 'Indstilling', required: true, published: true },
    { kind: 'sagsfremstilling', label: 'Sagsfremstilling', required: true, published: true },
    { kind: 'oekonomi', label: 'Økonomi', required: false, published: true },
    { kind: 'bilag', label: 'Bilag', required: false, published: true },
    { kind: 'beslutning', label: 'Beslutning', required: true, published: true },
    { kind: NOTES_SECTION_KIND, label: 'Noter (offentliggøres ikke)', required: false, published: false },
  ],
}

export function sectionKindOf(config: MinutesConfig, kind: string): SectionKind | undefined {
  return config.sectionKinds.find((k) => k.kind === kind)
}

export function requiredSectionKinds(config: MinutesConfig): string[] {
  return config.sectionKinds.filter((k) => k.required).map((k) => k.kind)
}

/** The options of every minutes extension: the configuration it works with. */
export interface MinutesConfigOptions {
  /**
   * Section kinds: their order, which are required, which are published.
   * @default defaultMinutesConfig
   */
  config: MinutesConfig
}
