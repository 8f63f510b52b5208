import { da } from './da'

export type Strings = typeof da

/** The strings of the chosen language; Danish unless another is chosen. */
export const t: Strings = da
