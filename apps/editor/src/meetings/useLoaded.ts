import { useEffect, useState } from 'react'
import { apiErrorText } from './api/apiErrorText'

/** What `load` resolves to (null while loading), or its Danish error text; reloads when `load` changes. */
export function useLoaded<T>(load: () => Promise<T>): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null })
  useEffect(() => {
    let current = true
    setState({ data: null, error: null })
    load().then(
      (data) => current && setState({ data, error: null }),
      (error: unknown) => current && setState({ data: null, error: apiErrorText(error) }),
    )
    return () => {
      current = false
    }
  }, [load])
  return state
}
