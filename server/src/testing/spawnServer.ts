import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { waitFor } from './waitFor'

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url))

export interface ChildServer {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** `main.ts` as a child process under tsx; resolves once /healthz answers. */
export async function spawnServer(port: number, args: string[]): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', String(port), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  let up = false
  const poll = setInterval(() => {
    fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => (up = r.ok),
      () => {},
    )
  }, 50)
  try {
    await waitFor(() => up || child.exitCode !== null, 20_000, 'the child server to start')
  } finally {
    clearInterval(poll)
  }
  if (!up) throw new Error(`server exited early:\n${out}`)
  return { child, output: () => out, exited }
}
