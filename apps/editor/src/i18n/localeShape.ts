import type { da } from './da'

type Widen<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => infer R
      ? (...args: A) => R
      : Widen<T[K]>
}

/** The shape of a language's strings: every key Danish has, with any text. */
export type Strings = Widen<typeof da>
