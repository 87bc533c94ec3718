#!/usr/bin/env bash
# The one test command (`npm test` runs it): installs npm dependencies when
# they are missing or stale, makes sure the system packages the end-to-end
# tests need are there, type-checks, compiles the CLI bundle, then runs every
# vitest test.
# Exits non-zero on the first failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf 'test: %s\n' "$*"; }
seconds_since() { printf '%ss' "$((SECONDS - $1))"; }

# node_modules is stale when package-lock.json changed since the last `npm ci`
# made by this script; the lock file's hash is kept inside node_modules so a
# fresh clone (no node_modules) always installs.
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
hash_file=node_modules/.layar-lock-hash
if [[ ! -d node_modules || "$(cat "$hash_file" 2>/dev/null || true)" != "$lock_hash" ]]; then
  start=$SECONDS
  log "installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
  printf '%s\n' "$lock_hash" >"$hash_file"
  log "npm ci done in $(seconds_since "$start")"
else
  log "npm dependencies up to date with package-lock.json"
fi

# esbuild (behind tsx and vitest) needs its platform binary; if npm skipped
# install scripts or optional packages, fail here with a clear message rather
# than deep inside a test run.
npx --no-install tsx --eval 'const ok: number = 1; void ok' \
  || { printf 'test: ERROR: tsx/esbuild does not run; remove node_modules and run this script again\n' >&2; exit 1; }

start=$SECONDS
bash scripts/install-system-deps.sh
log "system dependencies checked in $(seconds_since "$start")"

log "type-checking (tsc --noEmit -p .)"
npx --no-install tsc --noEmit -p .

# The end-to-end tests run bin/layar.js, which runs the compiled bundle.
log "compiling the CLI bundle (npm run compile)"
npm run --silent compile

log "running tests (vitest run)"
summary=tests/.output/vitest.json
mkdir -p tests/.output
status=0
npx --no-install vitest run --reporter=default --reporter=json --outputFile.json="$summary" || status=$?
# One plain closing line, so whoever reads the log sees the count without scrolling.
node -e 'const r = require(process.argv[1]); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`)' "$PWD/$summary" || true
exit "$status"
