import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

export type ServerMetrics = ReturnType<typeof createMetrics>

/** One registry per server instance, so two servers in one process (tests) do not share counters. */
export function createMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  return {
    registry,
    connections: new Gauge({ name: 'referat_connections', help: 'Open sync sockets', registers: [registry] }),
    meetingsLoaded: new Gauge({
      name: 'referat_meetings_loaded',
      help: 'Meetings whose Y.Doc is in memory',
      registers: [registry],
    }),
    updates: new Counter({
      name: 'referat_updates_total',
      help: 'Accepted document updates',
      registers: [registry],
    }),
    appendSeconds: new Histogram({
      name: 'referat_append_seconds',
      help: 'Time to append one batch of updates durably (one transaction)',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers: [registry],
    }),
    batchSize: new Histogram({
      name: 'referat_append_batch_updates',
      help: 'Updates stored per transaction (group commit)',
      buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
      registers: [registry],
    }),
    rejected: new Counter({
      name: 'referat_rejected_messages_total',
      help: 'Messages refused, by reason',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
    closes: new Counter({
      name: 'referat_closes_total',
      help: 'Sockets the server closed (ws-level protocol closes included), by close code and reason',
      labelNames: ['code', 'reason'] as const,
      registers: [registry],
    }),
  }
}
