#!/usr/bin/env tsx
import { fileURLToPath } from 'node:url'
import { runExportCli } from './cli/runExportCli'

export { runExportCli }

const write = (stream: NodeJS.WriteStream) => (text: string) =>
  new Promise<void>((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())))

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await runExportCli(process.argv.slice(2), {
    stdout: write(process.stdout),
    stderr: write(process.stderr),
  })
}
