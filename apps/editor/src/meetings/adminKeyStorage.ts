const KEY = 'referat.adminKey'

/** The operator's admin key, kept for this browser tab only (sessionStorage). */
export const adminKeyStorage = {
  read: (): string | null => window.sessionStorage.getItem(KEY),
  save: (key: string): void => window.sessionStorage.setItem(KEY, key),
  forget: (): void => window.sessionStorage.removeItem(KEY),
}
