/* global self, caches, fetch, URL */
// The app shell offline: a minute-taker whose network drops can reload the editor and keep typing
// into the IndexedDB copy. Navigations are network-first (a new build is picked up at once), built
// assets (content-hashed names) cache-first. /api and /collab are never cached: they are live data.

const CACHE = 'referat-shell-v1'
const SHELL = '/index.html'

const isLive = (url) => url.pathname.startsWith('/api/') || url.pathname.startsWith('/collab')

// The shell and every asset it links, so the first visit already works offline.
async function cacheShell() {
  const cache = await caches.open(CACHE)
  const response = await fetch('/', { cache: 'no-store' })
  if (!response.ok) return
  const html = await response.clone().text()
  await cache.put(SHELL, response)
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1])
  await cache.addAll(assets)
}

async function networkFirst(request) {
  try {
    const response = await fetch(request)
    if (response.ok) await (await caches.open(CACHE)).put(SHELL, response.clone())
    return response
  } catch (error) {
    const cached = await caches.match(SHELL)
    if (cached) return cached
    throw error
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone())
  return response
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin || isLive(url)) return
  if (request.mode === 'navigate') event.respondWith(networkFirst(request))
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request))
})
