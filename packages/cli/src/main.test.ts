import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts')

function referat(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('referat (CLI)', () => {
  it('names both commands when none is given', () => {
    const { code, stderr } = referat()
    expect(code).toBe(2)
    expect(stderr).toMatch(/^Usage: referat import .*\nUsage: referat export /)
  })

  it('sends each command to its package', () => {
    expect(referat('--help').stdout).toMatch(/referat export/)
    expect(referat('export', '--help').stdout).toMatch(/^Usage: referat export/)
    expect(referat('import', '--help').stdout).toMatch(/^Usage: referat import/)
  })
})
