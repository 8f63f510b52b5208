/** Registers `public/sw.js`, which keeps the app shell available offline; without support the app still works online. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
    console.warn('The offline app shell could not be installed; reloading offline will not work', error)
  })
}
