import { useSyncExternalStore } from 'react'

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}

/** The current `location.pathname`, updated on back/forward and on `navigate`. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}
