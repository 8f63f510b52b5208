import fc from 'fast-check'

export const EDIT_KINDS = [
  'type',
  'deleteRange',
  'split',
  'join',
  'insertItem',
  'deleteItem',
  'moveItem',
  'insertBilag',
  'deleteBilag',
  'setStatus',
  'insertSection',
] as const

export type EditKind = (typeof EDIT_KINDS)[number]

/** One local edit. `a`, `b`, `c` pick positions and variants among what the client sees then. */
export interface EditStep {
  client: number
  kind: EditKind
  a: number
  b: number
  c: number
}

export interface NetworkStep {
  /** Bit mask of the clients on one side of a new partition; 0 for none. */
  partition: number
  heal: boolean
  holds: { link: number; rounds: number }[]
  deliveries: { link: number; message: number }[]
}

export interface Round {
  edits: EditStep[]
  network: NetworkStep
}

export interface Scenario {
  clients: number
  rounds: Round[]
}

const editWeights: Record<EditKind, number> = {
  type: 8,
  deleteRange: 3,
  split: 2,
  join: 2,
  insertItem: 1,
  deleteItem: 1,
  moveItem: 1,
  insertBilag: 1,
  deleteBilag: 1,
  setStatus: 1,
  insertSection: 1,
}

const editArbitrary = fc.record({
  client: fc.nat(),
  kind: fc.oneof(...EDIT_KINDS.map((kind) => ({ weight: editWeights[kind], arbitrary: fc.constant(kind) }))),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
})

const networkArbitrary = fc.record({
  partition: fc.oneof(
    { weight: 9, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }) },
  ),
  heal: fc.nat({ max: 3 }).map((n) => n === 0),
  holds: fc.array(fc.record({ link: fc.nat(), rounds: fc.integer({ min: 1, max: 4 }) }), { maxLength: 2 }),
  deliveries: fc.array(fc.record({ link: fc.nat(), message: fc.nat() }), { maxLength: 12 }),
})

/** 3–5 clients and at least `minRounds` rounds of edits followed by network activity. */
export function scenarioArbitrary(minRounds: number): fc.Arbitrary<Scenario> {
  return fc.record({
    clients: fc.integer({ min: 3, max: 5 }),
    rounds: fc.array(
      fc.record({
        edits: fc.array(editArbitrary, { minLength: 1, maxLength: 3 }),
        network: networkArbitrary,
      }),
      {
        minLength: minRounds,
        maxLength: minRounds + 10,
      },
    ),
  })
}
