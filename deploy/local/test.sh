#!/usr/bin/env bash
# `npm test`: install what is missing, check the code, run the unit tests while a throwaway
# stack starts, run the integration tests against it, and always tear the stack down.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL="$REPO_ROOT/deploy/local"
cd "$REPO_ROOT"

"$LOCAL/ensure-node-deps.sh"

TARN_STATE_DIR=$(mktemp -d "${TMPDIR:-/tmp}/tarn-test.XXXXXX")
export TARN_STATE_DIR
# Ports apart from the development stack's, so `npm test` runs beside `npm start`.
export TARN_PG_PORT=55533 TARN_REDIS_PORT=56380 TARN_CEPH_MON_PORT=56790 \
  TARN_CEPH_MON_V2_PORT=53301 TARN_CEPH_MS_PORT_MIN=57000 TARN_RGW_PORT=57481 \
  TARN_TRINO_PORT=58444 TARN_GATEWAY_PORT=58180 TARN_WORKER_HEALTH_PORT=58181
RESULTS="$TARN_STATE_DIR/results"
STACK_LOG="$TARN_STATE_DIR/stack-up.log"
mkdir -p "$RESULTS"
stack_pid=''

cleanup() {
  local status=$?
  [[ -n $stack_pid ]] && kill "$stack_pid" 2>/dev/null && wait "$stack_pid" 2>/dev/null
  echo "[test] tearing down the throwaway stack"
  "$LOCAL/stack.sh" down --purge >/dev/null 2>&1 || echo "[test] warning: stack teardown failed; state in $TARN_STATE_DIR" >&2
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { printf '\n[test] %s\n' "$*"; }

# Trino and Ceph take a minute to start; let them do it while the code is checked.
step "starting a throwaway stack in $TARN_STATE_DIR (log: $STACK_LOG)"
"$LOCAL/stack.sh" up >"$STACK_LOG" 2>&1 &
stack_pid=$!

step "typecheck"
npx tsc -b tsconfig.json
step "lint"
npm run --silent lint
step "format"
npx prettier --check . >/dev/null || { npx prettier --list-different .; exit 1; }

unit_status=0
step "unit tests"
npx jest -c jest.config.cjs --ci --json --outputFile="$RESULTS/unit.json" || unit_status=$?

step "waiting for the stack"
if ! wait "$stack_pid"; then
  stack_pid=''
  tail -n 40 "$STACK_LOG" >&2
  echo "[test] error: the throwaway stack did not come up; full log: $STACK_LOG" >&2
  exit 1
fi
stack_pid=''
tail -n 8 "$STACK_LOG"
"$LOCAL/app-env.sh" >/dev/null
# shellcheck disable=SC1091
source "$TARN_STATE_DIR/stack.env"
# shellcheck disable=SC1091
source "$TARN_STATE_DIR/app.env"
step "schema migrations"
node apps/cli/dist/main.js db migrate

integration_status=0
step "integration tests"
npx jest -c jest.integration.config.cjs --ci --runInBand --json --outputFile="$RESULTS/integration.json" ||
  integration_status=$?

node "$LOCAL/summarize-results.cjs" "$RESULTS/unit.json" "$RESULTS/integration.json"
((unit_status == 0 && integration_status == 0))
