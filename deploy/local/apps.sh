#!/usr/bin/env bash
# Runs Tarn's own processes (gateway, worker) against the local stack.
#
#   apps.sh start     build, then (re)start the gateway and the worker and wait until ready
#   apps.sh stop      stop them (harmless when they are not running)
#   apps.sh status    one line per app
#
# Settings come from $TARN_STATE_DIR/stack.env and app.env; logs go to $TARN_STATE_DIR/logs.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE_DIR=${TARN_STATE_DIR:-$REPO_ROOT/.tarn}
LOG_DIR="$STATE_DIR/logs"
RUN_DIR="$STATE_DIR/run"
APPS=(gateway worker)
READY_TIMEOUT_S=90

say() { printf '[apps] %s\n' "$*"; }
die() {
  printf '[apps] error: %s\n' "$*" >&2
  exit 1
}

pid_of() { cat "$RUN_DIR/$1.pid" 2>/dev/null || true; }
is_running() {
  local pid
  pid=$(pid_of "$1")
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

load_env() {
  [[ -r $STATE_DIR/stack.env ]] || die "no $STATE_DIR/stack.env; start the stack first: npm run stack -- up"
  "$REPO_ROOT/deploy/local/app-env.sh" >/dev/null
  # shellcheck disable=SC1091
  source "$STATE_DIR/stack.env"
  # shellcheck disable=SC1091
  source "$STATE_DIR/app.env"
  export TARN_LOG_FORMAT=${TARN_LOG_FORMAT:-json}
}

stop_app() {
  local app=$1 pid
  pid=$(pid_of "$app")
  if is_running "$app"; then
    kill -TERM "$pid"
    # Graceful shutdown lets the worker finish its current jobs; give it time, then insist.
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    say "$app: stopped"
  fi
  rm -f "$RUN_DIR/$app.pid"
}

start_app() {
  local app=$1
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  nohup node "$REPO_ROOT/apps/$app/dist/main.js" >>"$LOG_DIR/$app.log" 2>&1 &
  echo $! >"$RUN_DIR/$app.pid"
}

wait_ready() {
  local app=$1 port=$2 deadline=$((SECONDS + READY_TIMEOUT_S)) body=''
  while ((SECONDS < deadline)); do
    is_running "$app" || {
      tail -n 20 "$LOG_DIR/$app.log" >&2
      die "$app exited during startup; log: $LOG_DIR/$app.log"
    }
    if body=$(curl -sf -H "Authorization: Bearer $TARN_ADMIN_TOKEN" "http://127.0.0.1:$port/readyz" 2>/dev/null); then
      say "$app: ready on http://127.0.0.1:$port"
      return 0
    fi
    sleep 0.5
  done
  body=$(curl -s -H "Authorization: Bearer $TARN_ADMIN_TOKEN" "http://127.0.0.1:$port/readyz" || true)
  die "$app not ready after ${READY_TIMEOUT_S}s: ${body:-no answer}; log: $LOG_DIR/$app.log"
}

cmd_start() {
  load_env
  say "building"
  (cd "$REPO_ROOT" && npx tsc -b apps/gateway/tsconfig.app.json apps/worker/tsconfig.app.json apps/cli/tsconfig.app.json)
  for app in "${APPS[@]}"; do stop_app "$app"; done
  # The gateway applies pending migrations at boot, so it starts first.
  start_app gateway
  wait_ready gateway "$TARN_GATEWAY_PORT"
  start_app worker
  wait_ready worker "$TARN_WORKER_HEALTH_PORT"
}

cmd_stop() {
  for app in "${APPS[@]}"; do stop_app "$app"; done
}

cmd_status() {
  for app in "${APPS[@]}"; do
    if is_running "$app"; then
      printf '%-9s running  pid %s\n' "$app" "$(pid_of "$app")"
    else
      printf '%-9s stopped\n' "$app"
    fi
  done
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) die "usage: apps.sh start|stop|status" ;;
esac
