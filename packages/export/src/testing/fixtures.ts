import type { JSONContent } from '@tiptap/core'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { importText } from '@referat/import'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures')
export const KKR = 'kkr-nordjylland-2024-09-20.txt'

let kkr: JSONContent | undefined

/** The KKR reference minute, imported with @referat/import (the tests read it from ../shared/fixtures). */
export function kkrDoc(): JSONContent {
  const file = path.join(fixturesDir, KKR)
  if (!existsSync(file)) {
    throw new Error(
      `Fixture ${KKR} not found in ${fixturesDir}: the export tests read it from ../shared/fixtures.`,
    )
  }
  kkr ??= importText(readFileSync(file, 'utf8'))
  return structuredClone(kkr)
}
