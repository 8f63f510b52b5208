import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Keys {
  secret: string
  adminKey: string
  /** True when this call generated and saved them. */
  created: boolean
}

/** The token secret and admin key, kept in `<dataDir>/keys.json` (mode 600) and generated on first start. */
export function loadOrCreateKeys(dataDir: string): Keys {
  const file = join(dataDir, 'keys.json')
  if (existsSync(file))
    return { ...(JSON.parse(readFileSync(file, 'utf8')) as Omit<Keys, 'created'>), created: false }
  const keys = {
    secret: randomBytes(32).toString('base64url'),
    adminKey: randomBytes(24).toString('base64url'),
  }
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600, flag: 'wx' })
  return { ...keys, created: true }
}
