import { useCallback, useState } from 'react'
import { apiErrorText } from './api/apiErrorText'

/** Busy flag and Danish error text around one user action (a form submit), for forms that keep their input on failure. */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(async (action: () => Promise<void>, describe = apiErrorText) => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (failure) {
      setError(describe(failure))
    } finally {
      setBusy(false)
    }
  }, [])
  return { busy, error, run }
}
