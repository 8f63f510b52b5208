#!/usr/bin/env tsx
import { runExportCli } from '@referat/export'
import { runCli } from '@referat/import'

const write = (stream: NodeJS.WriteStream) => (text: string) =>
  new Promise<void>((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())))

const argv = process.argv.slice(2)
const io = { stdout: write(process.stdout), stderr: write(process.stderr) }
process.exitCode = argv[0] === 'export' ? await runExportCli(argv, io) : await runCli(argv, io)
