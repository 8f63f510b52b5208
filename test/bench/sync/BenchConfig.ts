/** Sizes and durations of one run; `quick` is the CI smoke run that only checks the harness works. */
export interface BenchConfig {
  quick: boolean
  /** Unmeasured rounds before the measured ones. */
  warmups: number
  /** Measured repeats. */
  repeats: number
  busy: { writers: number; viewers: number; perSecond: number; windowMs: number }
  many: {
    meetings: number
    clientsEach: number
    writersEach: number
    perSecond: number
    windowMs: number
    rampWindowMs: number
    rampFactor: number
    rampSteps: number
    p99LimitMs: number
  }
  memory: { meetings: number; meetings10: number; idleConnections: number }
  coldJoin: { repeats: number }
  crash: { writers: number; perSecond: number; typeMs: number; repeats: number }
  churn: {
    meetings: number
    joinsPerSecond: number
    stayMs: [number, number]
    warmMs: number
    durationMs: number
  }
}

export function benchConfig(quick: boolean): BenchConfig {
  return quick
    ? {
        quick,
        warmups: 0,
        repeats: 1,
        busy: { writers: 5, viewers: 50, perSecond: 8, windowMs: 1000 },
        many: {
          meetings: 10,
          clientsEach: 5,
          writersEach: 2,
          perSecond: 2,
          windowMs: 1000,
          rampWindowMs: 1000,
          rampFactor: 2,
          rampSteps: 2,
          p99LimitMs: 50,
        },
        memory: { meetings: 3, meetings10: 1, idleConnections: 10 },
        coldJoin: { repeats: 1 },
        crash: { writers: 5, perSecond: 8, typeMs: 1500, repeats: 1 },
        churn: { meetings: 10, joinsPerSecond: 10, stayMs: [300, 1500], warmMs: 0, durationMs: 4000 },
      }
    : {
        quick,
        warmups: 1,
        repeats: 5,
        busy: { writers: 5, viewers: 50, perSecond: 8, windowMs: 5000 },
        many: {
          meetings: 300,
          clientsEach: 5,
          writersEach: 2,
          perSecond: 2,
          windowMs: 3000,
          rampWindowMs: 3000,
          rampFactor: 1.5,
          rampSteps: 8,
          p99LimitMs: 50,
        },
        memory: { meetings: 20, meetings10: 5, idleConnections: 100 },
        coldJoin: { repeats: 5 },
        crash: { writers: 5, perSecond: 8, typeMs: 3000, repeats: 5 },
        churn: {
          meetings: 200,
          joinsPerSecond: 10,
          stayMs: [500, 5000],
          warmMs: 30_000,
          durationMs: 180_000,
        },
      }
}
