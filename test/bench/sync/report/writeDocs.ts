import { existsSync, readFileSync, writeFileSync } from 'node:fs'

export const START = '<!-- sync-bench:start (written by `pnpm bench`) -->'
export const END = '<!-- sync-bench:end -->'

/** Replaces the generated sync section of the benchmarks page, or appends it; the rest is left as it is. */
export function writeDocs(file: string, section: string): void {
  const page = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n'
  const block = `${START}\n\n${section}\n${END}`
  const start = page.indexOf(START)
  const end = page.indexOf(END)
  const next =
    start >= 0 && end > start
      ? page.slice(0, start) + block + page.slice(end + END.length)
      : `${page.trimEnd()}\n\n${block}\n`
  writeFileSync(file, next)
}
