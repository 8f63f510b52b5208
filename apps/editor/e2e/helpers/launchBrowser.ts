import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS } from './launchChromium'

/**
 * Debian's Chromium as a browser that opens separate contexts (`browser.newContext()`): one per
 * user, each with its own storage, service worker and network state (`context.setOffline`).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS })
}
