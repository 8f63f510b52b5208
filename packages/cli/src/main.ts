#!/usr/bin/env tsx
import { EXPORT_USAGE, runExportCli } from '@referat/export'
import { IMPORT_USAGE, runCli } from '@referat/import'

const write = (stream: NodeJS.WriteStream) => (text: string) =>
  new Promise<void>((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())))

const argv = process.argv.slice(2)
const io = { stdout: write(process.stdout), stderr: write(process.stderr) }
const commands: Record<string, () => Promise<number>> = {
  import: () => runCli(argv, io),
  export: () => runExportCli(argv, io),
}
const command = commands[argv[0] ?? '']
if (command) process.exitCode = await command()
else {
  const help = argv[0] === '--help' || argv[0] === '-h'
  await (help ? io.stdout : io.stderr)(`${IMPORT_USAGE}\n${EXPORT_USAGE}\n`)
  process.exitCode = help ? 0 : 2
}
