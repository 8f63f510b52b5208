import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures')

export const KKR = 'kkr-nordjylland-2024-09-20.txt'
export const BALLERUP = 'ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.txt'
export const SYDDJURS = 'syddjurs-puk-2013-06-20.txt'

/** Path of a published minute in the shared fixtures folder next to the repository. */
export function fixturePath(name: string): string {
  const file = path.join(fixturesDir, name)
  if (!existsSync(file)) {
    throw new Error(
      `Fixture ${name} not found in ${fixturesDir}: the import tests read the published minutes from ` +
        `../shared/fixtures next to the repository root.`,
    )
  }
  return file
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8')
}
