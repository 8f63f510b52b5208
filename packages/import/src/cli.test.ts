import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getMinutesSchema } from '@referat/schema'
import { describe, expect, it } from 'vitest'
import { fixturePath, KKR, repoRoot } from './testing/fixtures'

const cli = path.join(repoRoot, 'packages/import/src/cli.ts')
const hasPnpm = spawnSync('pnpm', ['--version'], { encoding: 'utf8' }).status === 0
const work = mkdtempSync(path.join(tmpdir(), 'referat-cli-'))

function referat(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('referat import (CLI)', () => {
  it('prints the summary of the reference minute', () => {
    const { code, stdout, stderr } = referat('import', fixturePath(KKR), '--summary')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const summary = JSON.parse(stdout)
    expect(summary.attendance).toEqual({ present: 15, absent: 9, substitutes: 2 })
    expect(summary.groups.map((g: { number: string }) => g.number)).toEqual(['1', '2', '3', '4', '5'])
    expect(summary.groups[1].items[0]).toEqual({
      number: '2.1',
      title: 'Status fra KlimaNord',
      caseNumber: 'SAG-2024-03326',
      initials: 'hlth',
      sections: ['baggrund', 'indstilling', 'sagsfremstilling', 'beslutning'],
      decision: expect.stringContaining('KKR Nordjylland tog orienteringen til efterretning'),
      decisionStatus: 'taget-til-efterretning',
      attachments: 3,
      closed: false,
    })
  })

  it.runIf(hasPnpm)('runs as `pnpm referat import ../shared/fixtures/… --summary` from the repo root', () => {
    const run = spawnSync('pnpm', ['referat', 'import', `../shared/fixtures/${KKR}`, '--summary'], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).groups).toHaveLength(5)
  })

  it('prints the document, or writes it with --out', () => {
    const printed = referat('import', fixturePath(KKR))
    expect(printed.code).toBe(0)
    expect(() => getMinutesSchema().nodeFromJSON(JSON.parse(printed.stdout)).check()).not.toThrow()
    const out = path.join(work, 'doc.json')
    const written = referat('import', fixturePath(KKR), '--out', out)
    expect([written.code, written.stdout]).toEqual([0, ''])
    expect(JSON.parse(readFileSync(out, 'utf8')).type).toBe('doc')
  })

  it('takes its vocabulary from a JSON file', () => {
    const minute = path.join(work, 'minute.txt')
    writeFileSync(minute, '1. Budget\nCase 24/100\nDecision\nApproved.\n')
    const vocabulary = path.join(work, 'vocab.json')
    writeFileSync(
      vocabulary,
      JSON.stringify({
        sectionHeadings: { Decision: 'beslutning' },
        caseLinePatterns: ['^case (?<caseNumber>\\d+/\\d+)$'],
        decisionStatuses: [{ pattern: 'approved', status: 'godkendt' }],
      }),
    )
    const { code, stdout } = referat('import', minute, '--summary', '--vocabulary', vocabulary)
    expect(code).toBe(0)
    expect(JSON.parse(stdout).groups[0].items[0]).toMatchObject({
      number: '1',
      title: 'Budget',
      caseNumber: '24/100',
      decisionStatus: 'godkendt',
    })
  })

  it.each([
    [[], /No command given/],
    [['export', 'x.txt'], /Unknown command "export"/],
    [['import'], /No input file given/],
    [['import', 'x.txt', '--bogus'], /Unknown option '--bogus'/],
    [['import', 'x.txt', '--max-bytes', 'many'], /--max-bytes takes a positive whole number/],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const { code, stdout, stderr } = referat(...args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr).toContain('Usage: referat import <file>')
  })

  it('exits 1 with one line on stderr for input it cannot read', () => {
    const garbage = path.join(work, 'garbage.txt')
    writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))
    const badVocabulary = path.join(work, 'bad.json')
    writeFileSync(badVocabulary, '{"sectionHeadings": [1]}')
    const cases = [
      referat('import', path.join(work, 'missing.txt')),
      referat('import', garbage),
      referat('import', fixturePath(KKR), '--vocabulary', badVocabulary),
      referat('import', fixturePath(KKR), '--max-bytes', '1000'),
    ]
    for (const { code, stdout, stderr } of cases) {
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^referat: [^\n]+\n$/)
    }
    expect(cases.map((c) => c.stderr)).toEqual([
      expect.stringContaining('no such file'),
      expect.stringContaining('binary data'),
      expect.stringContaining('field "sectionHeadings" has the wrong type'),
      expect.stringContaining('limit'),
    ])
  })
})
