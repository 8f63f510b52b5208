import { useEffect, useRef } from 'react'

/**
 * Moves focus to the returned element (a view's h1 with tabIndex -1) whenever `shown` changes, so that
 * after an in-app navigation keyboard and screen-reader users start at the new view's heading.
 */
export function useFocusOnShow<T extends HTMLElement>(shown: unknown) {
  const ref = useRef<T>(null)
  useEffect(() => ref.current?.focus(), [shown])
  return ref
}
