#!/usr/bin/env bash
# `npm start`: install what is missing, bring up the local lake (Postgres, Redis, Ceph RGW,
# Trino) and Tarn's gateway and worker, then say where everything listens.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL="$REPO_ROOT/deploy/local"
started=$SECONDS

"$LOCAL/ensure-node-deps.sh"
"$LOCAL/stack.sh" up
"$LOCAL/apps.sh" start

STATE_DIR=${TARN_STATE_DIR:-$REPO_ROOT/.tarn}
# shellcheck disable=SC1091
source "$STATE_DIR/stack.env"
# shellcheck disable=SC1091
source "$STATE_DIR/app.env"

cat <<MSG

Tarn is up ($((SECONDS - started))s).
  gateway    http://127.0.0.1:$TARN_GATEWAY_PORT   (GET /readyz, POST /v1/diagnostics/queue-round-trip)
  worker     http://127.0.0.1:$TARN_WORKER_HEALTH_PORT   (GET /readyz)
  trino      $TARN_TRINO_URL   (user $TARN_TRINO_USER, CA $TARN_TRINO_CA_FILE)
  s3 (rgw)   $TARN_S3_ENDPOINT
  postgres   127.0.0.1:$(sed -E 's#.*:([0-9]+)/.*#\1#' <<<"$TARN_POSTGRES_URL")
  secrets    $STATE_DIR/stack.env and $STATE_DIR/app.env (admin token: TARN_ADMIN_TOKEN)
  logs       $STATE_DIR/logs/

Try:  source $STATE_DIR/app.env && curl -s -H "Authorization: Bearer \$TARN_ADMIN_TOKEN" http://127.0.0.1:$TARN_GATEWAY_PORT/readyz
Stop: npm run stack -- down      Remove all local state: npm run stack -- down --purge
MSG
