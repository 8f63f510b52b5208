import { spawn, type ChildProcess } from 'node:child_process'

export interface LauncherProcess {
  readonly child: ChildProcess
  readonly pid: number
  readonly port: number
  call<T>(cmd: string): Promise<T>
  stop(): Promise<void>
  kill(): Promise<void>
  output(): string
}

interface Reply {
  id?: number
  type?: string
  port?: number
  result?: unknown
  error?: string
}

/**
 * Starts a launcher script (tsx, --expose-gc, IPC) and waits for its `ready` message with the port.
 * With BENCH_CPU_PROF=<dir> every server writes a V8 CPU profile there when it stops.
 */
export async function spawnLauncher(script: string, args: string[]): Promise<LauncherProcess> {
  const profile = process.env.BENCH_CPU_PROF
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      ...(profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : []),
      '--import',
      'tsx',
      script,
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  )
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)))
  child.stderr!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>()
  let nextId = 1
  const port = await new Promise<number>((resolve, reject) => {
    child.on('message', (message: Reply) => {
      if (message.type === 'ready') return resolve(message.port!)
      const waiting = pending.get(message.id ?? -1)
      if (!waiting) return
      pending.delete(message.id!)
      if (message.error) waiting.reject(new Error(message.error))
      else waiting.resolve(message.result)
    })
    child.once('exit', (code) => reject(new Error(`${script} exited early (${code}):\n${out}`)))
  })
  child.once('exit', () => {
    for (const waiting of pending.values()) waiting.reject(new Error(`${script} exited:\n${out}`))
    pending.clear()
  })
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name)
    await exited
  }
  return {
    child,
    pid: child.pid!,
    port,
    call<T>(cmd: string) {
      const id = nextId++
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
        child.send({ id, cmd })
      })
    },
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    output: () => out,
  }
}
