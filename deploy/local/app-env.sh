#!/usr/bin/env bash
# Writes $TARN_STATE_DIR/app.env: the apps' own settings that the stack does not provide,
# generated once (the admin token) and kept with the rest of the local state.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE_DIR=${TARN_STATE_DIR:-$REPO_ROOT/.tarn}
APP_ENV="$STATE_DIR/app.env"

mkdir -p "$STATE_DIR"
if [ ! -s "$APP_ENV" ]; then
  umask 077
  {
    echo "export TARN_ADMIN_TOKEN=$(openssl rand -hex 32)"
    echo "export TARN_GATEWAY_PORT=${TARN_GATEWAY_PORT:-58080}"
    echo "export TARN_WORKER_HEALTH_PORT=${TARN_WORKER_HEALTH_PORT:-58081}"
  } >"$APP_ENV.tmp"
  mv "$APP_ENV.tmp" "$APP_ENV"
fi
echo "$APP_ENV"
