#!/bin/sh
# Installs pnpm and the workspace's dependencies on a machine that has only Node 20 and npm.
set -e
cd "$(dirname "$0")/.."
if [ "$(pnpm --version 2>/dev/null)" != "12.4.2" ]; then
  npm install --global pnpm@12.4.2
fi
# Native addons must build against the local Node headers: nothing may be downloaded here.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
pnpm install --frozen-lockfile --reporter=append-only
