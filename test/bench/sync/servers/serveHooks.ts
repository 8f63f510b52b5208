/** The child side of `spawnLauncher`: answers `gc` and the launcher's own commands, then says `ready`. */
export function serveHooks(port: number, hooks: Record<string, () => unknown>): void {
  const all: Record<string, () => unknown> = {
    gc: () => {
      globalThis.gc?.()
      globalThis.gc?.()
      return true
    },
    memory: () => {
      globalThis.gc?.()
      return process.memoryUsage()
    },
    ...hooks,
  }
  process.on('message', (message: { id: number; cmd: string }) => {
    const hook = all[message.cmd]
    Promise.resolve()
      .then(() => {
        if (!hook) throw new Error(`Unknown command ${message.cmd}.`)
        return hook()
      })
      .then(
        (result) => process.send!({ id: message.id, result }),
        (error: Error) => process.send!({ id: message.id, error: error.message }),
      )
  })
  process.on('disconnect', () => process.exit(0))
  process.send!({ type: 'ready', port })
}
