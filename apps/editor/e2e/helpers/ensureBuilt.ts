import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

/** Builds the app with Vite when `dist` is missing or older than its sources or the schema's; returns `dist`. */
export function ensureBuilt(appDir: string): string {
  const dist = join(appDir, 'dist')
  const built = join(dist, 'index.html')
  // The schema package is bundled into the app: a change there makes the build stale too.
  const sources = [
    'src',
    'public',
    'index.html',
    'vite.config.ts',
    'package.json',
    '../../packages/schema/src',
  ].map((p) => join(appDir, p))
  const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newestMtime))
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build (slower, +220 kB).
  if (stale)
    execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
      cwd: appDir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
  return dist
}
