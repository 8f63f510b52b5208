// @vitest-environment happy-dom
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deterministicIds } from './deterministicIds'
import { runScenario } from './runScenario'
import { scenarioArbitrary } from './scenario'

const env = process.env
const replay = env.CONVERGENCE_SEED !== undefined
/** Scenarios per run; each has at least MIN_ROUNDS rounds. */
const RUNS = Number(env.CONVERGENCE_RUNS ?? 50)
const MIN_ROUNDS = 20
const STRICT = env.CONVERGENCE_STRICT === '1'
const COMMAND = 'npx vitest run test/convergence/convergence.test.ts'

describe('convergence of concurrent editing', () => {
  const ids = deterministicIds()
  beforeAll(() => ids.reset())
  afterAll(() => ids.restore())

  it('3–5 clients over a bad network converge to one valid minute without losing text', () => {
    const started = performance.now()
    let rounds = 0
    let stalledRepairs = 0
    const explained = new Map<string, number>()
    const property = fc.property(scenarioArbitrary(MIN_ROUNDS), (scenario) => {
      ids.reset()
      const result = runScenario(scenario, { strict: STRICT, trace: env.CONVERGENCE_TRACE })
      rounds += result.rounds
      stalledRepairs += result.stalledRepairs
      for (const [reason, count] of result.explained)
        explained.set(reason, (explained.get(reason) ?? 0) + count)
      if (result.problems.length) {
        throw new Error([...result.problems.slice(0, 8), '--- what happened:', ...result.log].join('\n'))
      }
    })
    const details = fc.check(property, {
      numRuns: replay ? 1 : RUNS,
      seed: replay ? Number(env.CONVERGENCE_SEED) : undefined,
      path: env.CONVERGENCE_PATH,
      endOnFailure: env.CONVERGENCE_SHRINK !== '1',
    })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.info(
      `convergence: ${details.numRuns} scenarios, ${rounds} rounds in ${seconds}s; ` +
        `stalled clients repaired by a sync step: ${stalledRepairs}; missing markers explained: ` +
        JSON.stringify(Object.fromEntries(explained)),
    )
    if (details.failed) {
      const path = details.counterexamplePath ?? ''
      throw new Error(
        `Convergence failed (seed ${details.seed}, path ${path}). Replay just this case:\n` +
          `CONVERGENCE_SEED=${details.seed} CONVERGENCE_PATH=${path} ${COMMAND}\n` +
          `(add CONVERGENCE_SHRINK=1 to shrink it)\n\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`,
      )
    }
    if (!replay) expect(rounds).toBeGreaterThanOrEqual(1000)
  }, 115_000)
})
