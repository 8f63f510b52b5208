/** What marks make of a run. */
export interface RunStyle {
  bold?: boolean
  italics?: boolean
  link?: string
}
