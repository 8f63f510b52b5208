import { execFileSync } from 'node:child_process'

export const READER_PACKAGES = 'libreoffice-writer-nogui poppler-utils'

/** Fails (never skips) when a real reader is missing, naming the Debian packages that bring it. */
export function requireTool(command: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'pipe' })
  } catch {
    throw new Error(
      `${command} is not installed: run apt-get install -y ${READER_PACKAGES} (the real-reader tests need it).`,
    )
  }
}
