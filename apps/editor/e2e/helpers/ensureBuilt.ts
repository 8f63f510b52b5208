import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

export interface BuildTarget {
  /** @default 'vite.config.ts' */
  config: string
  /** @default 'dist' */
  outDir: string
  /** The built page that must exist. @default 'index.html' */
  page: string
  /** What the build reads, relative to the app. */
  sources: string[]
}

const APP: BuildTarget = {
  config: 'vite.config.ts',
  outDir: 'dist',
  page: 'index.html',
  // The schema package is bundled into the app: a change there makes the build stale too.
  sources: ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', '../../packages/schema/src'],
}

/** Builds the app with Vite when its output is missing or older than its sources; returns the output folder. */
export function ensureBuilt(appDir: string, target: BuildTarget = APP): string {
  const dist = join(appDir, target.outDir)
  const built = join(dist, target.page)
  const sources = target.sources.map((p) => join(appDir, p))
  const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newestMtime))
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build (slower, +220 kB).
  if (stale)
    execFileSync('pnpm', ['exec', 'vite', 'build', '--config', target.config, '--logLevel', 'warn'], {
      cwd: appDir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
  return dist
}
