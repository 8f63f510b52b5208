/** Moves to `path` inside the app without a page load; views listening through `usePath` re-render. */
export function navigate(path: string, state: unknown = null): void {
  window.history.pushState(state, '', path)
  window.dispatchEvent(new PopStateEvent('popstate', { state }))
}
