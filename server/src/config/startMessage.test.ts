import { describe, expect, it } from 'vitest'
import { startMessage } from './startMessage'

const facts = {
  url: 'http://127.0.0.1:1234',
  dataDir: '/srv/referat',
  adminKey: 'k3y',
  adminKeyGiven: false,
  keysCreated: true,
  appBuilt: true,
}

describe('startMessage', () => {
  it('names the page to open and prints a freshly generated key with its file', () => {
    const text = startMessage(facts)
    expect(text).toContain('Open http://127.0.0.1:1234/ in a browser')
    expect(text).toContain('Admin key (generated now, saved in /srv/referat/keys.json): k3y')
  })

  it('points to keys.json on later starts without printing the key', () => {
    const text = startMessage({ ...facts, keysCreated: false })
    expect(text).toContain('"adminKey" in /srv/referat/keys.json')
    expect(text).not.toContain('k3y')
  })

  it('says how to build the app when it is missing, and never prints a key given on the command line', () => {
    const text = startMessage({ ...facts, appBuilt: false, adminKeyGiven: true })
    expect(text).toContain('pnpm --filter @referat/editor build')
    expect(text).not.toContain('k3y')
  })
})
