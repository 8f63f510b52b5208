import { parseArgs } from 'node:util'
import { defaultLimits, type Limits } from './ServerOptions'

export interface CliOptions {
  host: string
  port: number
  dataDir: string
  secret?: string
  adminKey?: string
  staticDir?: string
  logLevel: string
  limits: Limits
}

const LIMIT_FLAGS: Record<string, keyof Limits> = {
  'max-frame-bytes': 'maxFrameBytes',
  'max-connections-per-meeting': 'maxConnectionsPerMeeting',
  'max-connections-per-ip': 'maxConnectionsPerIp',
  'max-messages-per-second': 'maxMessagesPerSecond',
  'max-document-bytes': 'maxDocumentBytes',
  'max-buffered-bytes': 'maxBufferedBytes',
  'max-awareness-ids-per-connection': 'maxAwarenessIdsPerConnection',
  'max-awareness-state-bytes': 'maxAwarenessStateBytes',
}

const envName = (flag: string) => `REFERAT_${flag.toUpperCase().replaceAll('-', '_')}`

/** Flags win over environment variables (`--data-dir` / `REFERAT_DATA_DIR`), which win over defaults. */
export function readCliOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  const names = [
    'host',
    'port',
    'data-dir',
    'secret',
    'admin-key',
    'static-dir',
    'log-level',
    ...Object.keys(LIMIT_FLAGS),
  ]
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
    strict: true,
  })
  const get = (flag: string) => (values[flag] as string | undefined) ?? env[envName(flag)]
  const number = (flag: string, fallback: number) => {
    const raw = get(flag)
    if (raw === undefined) return fallback
    const n = Number(raw)
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${flag} must be a whole number, got ${raw}.`)
    return n
  }
  const limits = { ...defaultLimits }
  for (const [flag, key] of Object.entries(LIMIT_FLAGS)) limits[key] = number(flag, defaultLimits[key])
  return {
    host: get('host') ?? '127.0.0.1',
    port: number('port', 1234),
    dataDir: get('data-dir') ?? 'data',
    secret: get('secret'),
    adminKey: get('admin-key'),
    staticDir: get('static-dir'),
    logLevel: get('log-level') ?? 'info',
    limits,
  }
}
